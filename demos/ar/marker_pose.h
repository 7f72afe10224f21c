// Marker pose: solvePnP IPPE_SQUARE on the four corners. IPPE returns the two poses a square allows;
// the one nearer the marker's previous rotation wins when both reproject about equally well (this
// is what makes a near-frontal card flip back and forth otherwise). PoseTracker smooths the corners
// with a One-Euro filter per marker (steady when still, little lag when moving) before solving.
#pragma once

#include <map>
#include <optional>
#include <vector>

#include "demos/ar/intrinsics.h"
#include "demos/ar/marker_geometry.h"
#include "demos/ar/one_euro.h"

namespace kiosk::demos::ar {

struct MarkerPose {
  int id = -1;
  cv::Vec3d rvec, tvec;     // marker → camera; units of the marker side given
  double reprojectionPx = 0;
  Corners corners{};        // the (smoothed) corners the pose was solved from
};

[[nodiscard]] std::optional<MarkerPose> solveMarkerPose(const MarkerDetection& marker, const CameraIntrinsics& intrinsics,
                                                        double markerSide, const cv::Vec3d* previousRvec = nullptr);

struct SmoothingOptions {
  double minCutoffHz = 1.5;  // lower: steadier when still
  double beta = 0.02;        // higher: less lag when moving (per px/s)
  double forgetAfterS = 0.5; // a marker gone this long starts fresh
};

class PoseTracker {
 public:
  PoseTracker(CameraIntrinsics intrinsics, double markerSide, SmoothingOptions options = {});

  // `timeS`: the frame's capture time in seconds (any origin, increasing).
  [[nodiscard]] std::vector<MarkerPose> update(const std::vector<MarkerDetection>& markers, double timeS);
  void setIntrinsics(CameraIntrinsics intrinsics) { m_intrinsics = std::move(intrinsics); }
  [[nodiscard]] const CameraIntrinsics& intrinsics() const { return m_intrinsics; }

 private:
  struct Track {
    std::array<OneEuroFilter, 8> filters;
    cv::Vec3d rvec;
    double lastSeenS = 0;
  };

  CameraIntrinsics m_intrinsics;
  double m_side;
  SmoothingOptions m_options;
  std::map<int, Track> m_tracks;
};

}  // namespace kiosk::demos::ar
