// ArPipeline: one camera frame → the AR frame the screen draws: grey, fast marker detection (only
// the cards' IDs), pose per marker with smoothing, RGB for the texture. Used by the AR service's
// processing thread and, synchronously, for screenshots (one deterministic frame).
#pragma once

#include <chrono>
#include <optional>

#include <opencv2/core.hpp>

#include "demos/ar/intrinsics.h"
#include "demos/ar/marker_detector.h"
#include "demos/ar/marker_pose.h"
#include "kiosk/core/ar_desk.h"

namespace kiosk::app {

class ArPipeline {
 public:
  ArPipeline(demos::ar::DetectorOptions detector, std::optional<demos::ar::CameraIntrinsics> calibrated);

  [[nodiscard]] core::ArFrame process(const cv::Mat& bgr, std::uint64_t sequence, double timeS);

 private:
  demos::ar::MarkerDetector m_detector;
  std::optional<demos::ar::CameraIntrinsics> m_calibrated;
  std::optional<demos::ar::PoseTracker> m_poses;
  cv::Size m_size;
};

}  // namespace kiosk::app
