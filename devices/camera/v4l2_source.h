// V4l2Source: a UVC camera through OpenCV's V4L2 backend, with size, rate and pixel format asked
// explicitly (the driver's default is often YUYV at a low rate).
#pragma once

#include <opencv2/videoio.hpp>

#include "devices/camera/camera_spec.h"
#include "devices/camera/frame_source.h"

namespace kiosk::devices::camera {

class V4l2Source final : public FrameSource {
 public:
  explicit V4l2Source(CameraSpec spec);

  Result<void> open() override;
  Result<cv::Mat> grab() override;
  void close() override;
  [[nodiscard]] bool isLive() const override { return true; }
  [[nodiscard]] double framesPerSecond() const override { return m_spec.fps; }
  [[nodiscard]] std::string describe() const override;

 private:
  CameraSpec m_spec;
  cv::VideoCapture m_capture;
  std::string m_negotiated;  // what the driver actually gave us
};

}  // namespace kiosk::devices::camera
