// SyntheticScene: seeded test frames with ground truth, shared by ar-bench, the tests and the kiosk's
// synthetic camera. Each marker is a printed card (marker + white margin) placed by a real 3D pose
// and projected with pinhole intrinsics, so corners *and* pose are known exactly. Around them:
// gradient lighting, clutter (rectangles, lines, text), decoy squares with random bits, blur, motion
// blur, noise and JPEG. Frames are a pure function of (options, seed, index); the same seed with
// another marker family gives the same scene with other marker bits (for the AprilTag comparison).
#pragma once

#include <cstdint>
#include <vector>

#include <opencv2/core.hpp>

#include "demos/ar/marker_geometry.h"

namespace kiosk::demos::ar {

enum class MarkerFamily { Aruco6x6, AprilTag36h11 };

struct SceneOptions {
  cv::Size size{1280, 720};
  MarkerFamily family = MarkerFamily::Aruco6x6;
  std::vector<int> ids{0, 1, 2, 3, 4, 5, 6, 7};  // markers are drawn from these
  int minMarkers = 1;
  int maxMarkers = 3;
  // Marker side in pixels at 720 lines; scaled with the frame height.
  double minSidePx = 40;
  double maxSidePx = 220;
  double maxTiltDeg = 50;
  int clutterShapes = 25;
  int decoys = 4;
  bool photometric = true;  // lighting, blur, noise, JPEG
  // Frames of a sequence show the same scene with the markers moving; 1 = independent frames.
  int sequenceLength = 1;
  double horizontalFovDeg = 65;
};

struct TruthMarker {
  int id = -1;
  Corners corners{};
  cv::Vec3d rvec, tvec;  // marker → camera, marker side = 1 unit
};

struct SyntheticFrame {
  cv::Mat bgr;
  std::vector<TruthMarker> markers;
  cv::Matx33d cameraMatrix;
};

[[nodiscard]] SyntheticFrame renderScene(const SceneOptions& options, std::uint64_t seed, std::uint64_t index);

// One marker at a given pose on a plain background, no noise: for pose tests and the golden frame.
[[nodiscard]] SyntheticFrame renderMarkerAtPose(cv::Size size, const cv::Matx33d& cameraMatrix, int id,
                                                const cv::Vec3d& rvec, const cv::Vec3d& tvec,
                                                MarkerFamily family = MarkerFamily::Aruco6x6);

// The printed marker (black border + bits, no margin), `cellPx` pixels per cell.
[[nodiscard]] cv::Mat markerImage(MarkerFamily family, int id, int cellPx);

[[nodiscard]] cv::Matx33d sceneCameraMatrix(cv::Size size, double horizontalFovDeg);

}  // namespace kiosk::demos::ar
