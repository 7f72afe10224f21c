#include "kiosk/app/ar_pipeline.h"

#include <opencv2/imgproc.hpp>

namespace kiosk::app {

ArPipeline::ArPipeline(demos::ar::DetectorOptions detector, std::optional<demos::ar::CameraIntrinsics> calibrated)
    : m_detector(std::move(detector)), m_calibrated(std::move(calibrated)) {}

core::ArFrame ArPipeline::process(const cv::Mat& bgr, std::uint64_t sequence, double timeS) {
  if (!m_poses || bgr.size() != m_size) {
    // First frame, or the camera came back at another size: intrinsics follow the frame size.
    m_size = bgr.size();
    auto k = m_calibrated ? demos::ar::rescaled(*m_calibrated, m_size) : demos::ar::defaultIntrinsics(m_size);
    m_poses.emplace(std::move(k), 1.0);
    m_detector.reset();
  }
  const auto started = std::chrono::steady_clock::now();
  cv::Mat gray;
  cv::cvtColor(bgr, gray, cv::COLOR_BGR2GRAY);
  const auto markers = m_detector.detect(gray);
  const auto poses = m_poses->update(markers, timeS);

  core::ArFrame frame;
  frame.detectMs = std::chrono::duration<float, std::milli>(std::chrono::steady_clock::now() - started).count();
  frame.width = bgr.cols;
  frame.height = bgr.rows;
  frame.sequence = sequence;
  const auto& k = m_poses->intrinsics().cameraMatrix;
  frame.intrinsics = {k(0, 0), k(1, 1), k(0, 2), k(1, 2)};
  for (const auto& pose : poses)
    frame.markers.push_back({pose.id, {pose.rvec[0], pose.rvec[1], pose.rvec[2]}, {pose.tvec[0], pose.tvec[1], pose.tvec[2]}});
  auto rgb = std::make_shared<std::vector<std::uint8_t>>(static_cast<std::size_t>(bgr.total()) * 3);
  cv::Mat view(bgr.rows, bgr.cols, CV_8UC3, rgb->data());
  cv::cvtColor(bgr, view, cv::COLOR_BGR2RGB);
  frame.rgb = std::move(rgb);
  return frame;
}

}  // namespace kiosk::app
