#include "devices/camera/synthetic_source.h"

#include <opencv2/imgproc.hpp>

namespace kiosk::devices::camera {

cv::Mat testPattern(std::uint64_t frameNumber, cv::Size size) {
  cv::Mat frame(size, CV_8UC3, cv::Scalar(60, 60, 60));
  const int bars = 8;
  for (int i = 0; i < bars; ++i) {
    const cv::Scalar colour((i & 1) * 255, (i & 2) * 127, (i & 4) * 63);
    cv::rectangle(frame, cv::Rect(i * size.width / bars, 0, size.width / bars, size.height / 3), colour, cv::FILLED);
  }
  const int x = static_cast<int>(frameNumber * 7 % static_cast<std::uint64_t>(std::max(1, size.width)));
  cv::circle(frame, {x, size.height * 2 / 3}, size.height / 10, cv::Scalar(255, 255, 255), cv::FILLED);
  return frame;
}

SyntheticSource::SyntheticSource(CameraSpec spec, FrameGenerator generator)
    : m_spec(std::move(spec)), m_generator(generator ? std::move(generator) : FrameGenerator(testPattern)) {}

Result<void> SyntheticSource::open() {
  if (m_spec.width <= 0 || m_spec.height <= 0) return fail(ErrorCode::InvalidData, "synthetic camera needs a size");
  m_open = true;
  return {};
}

Result<cv::Mat> SyntheticSource::grab() {
  if (!m_open) return fail(ErrorCode::Closed, "synthetic source not open");
  cv::Mat frame = m_generator(m_frame++, {m_spec.width, m_spec.height});
  if (frame.empty()) return fail(ErrorCode::InvalidData, "generator returned no frame");
  return frame;
}

std::string SyntheticSource::describe() const {
  return "synthetic " + std::to_string(m_spec.width) + "x" + std::to_string(m_spec.height);
}

}  // namespace kiosk::devices::camera
