// MarkerDetector: our fast ArUco pipeline (DICT_6X6_250, only the demo's IDs).
//   full search: downscale to ~480 lines, one adaptive-threshold window, ArUco on the small image;
//                the candidates it could not read are decoded again at full resolution; corners are
//                refined with cornerSubPix at full resolution.
//   tracking:    between full searches only ROIs around last frame's markers are searched (each ROI
//                downscaled so the marker is ~80 px); a lost marker or every N-th frame → full search.
// Not thread-safe: one instance per processing thread (it keeps the tracks).
#pragma once

#include <cstdint>
#include <set>
#include <vector>

#include <opencv2/aruco.hpp>

#include "demos/ar/candidate_decoder.h"
#include "demos/ar/marker_geometry.h"

namespace kiosk::demos::ar {

struct DetectorOptions {
  std::set<int> acceptedIds;    // empty: every ID of the dictionary
  double minSidePx = 24;        // smallest marker side to find, at full resolution
  int workingLines = 480;       // full search runs at about this many lines (never upscaled)
  int thresholdWindow = 9;      // adaptive threshold window at the working resolution (odd)
  bool rescueAtFullResolution = true;
  bool tracking = true;
  int fullSearchEvery = 15;     // frames between full searches while tracking
  double roiMargin = 0.75;      // ROI = marker bounds grown by this fraction of the marker size per side
};

struct DetectorStats {
  std::uint64_t fullSearches = 0;
  std::uint64_t trackedFrames = 0;
  std::uint64_t rescued = 0;
};

class MarkerDetector {
 public:
  explicit MarkerDetector(DetectorOptions options = {});

  // `gray`: 8-bit single channel, full resolution. Corners in the marker's own order, full-res pixels.
  [[nodiscard]] std::vector<MarkerDetection> detect(const cv::Mat& gray);
  // Forget the tracks (a new, unrelated frame follows).
  void reset();

  [[nodiscard]] const DetectorStats& stats() const { return m_stats; }
  [[nodiscard]] const DetectorOptions& options() const { return m_options; }

 private:
  std::vector<MarkerDetection> fullSearch(const cv::Mat& gray);
  bool trackedSearch(const cv::Mat& gray, std::vector<MarkerDetection>& out);
  // ArUco on `image` (a downscaled frame or ROI); results mapped to full-res via scale and offset.
  void detectIn(const cv::Mat& image, double scale, cv::Point2f offset, double minSideInImage,
                std::vector<MarkerDetection>& found, std::vector<Corners>* unread);
  void refine(const cv::Mat& gray, std::vector<MarkerDetection>& markers) const;
  [[nodiscard]] bool accepted(int id) const;

  DetectorOptions m_options;
  cv::Ptr<cv::aruco::Dictionary> m_dictionary;
  cv::Ptr<cv::aruco::DetectorParameters> m_params;
  std::vector<MarkerDetection> m_tracks;
  int m_sinceFull = 0;
  DetectorStats m_stats;
};

// Plain OpenCV: DetectorParameters defaults on the full frame (the benchmark's baseline).
[[nodiscard]] std::vector<MarkerDetection> detectWithDefaults(const cv::Mat& gray, int dictionary);

}  // namespace kiosk::demos::ar
