// FileSource: a recorded clip as a camera. A video file or an image-sequence pattern goes through
// VideoCapture; a folder plays its images in name order. At the end it starts over when looping.
#pragma once

#include <filesystem>
#include <vector>

#include <opencv2/videoio.hpp>

#include "devices/camera/camera_spec.h"
#include "devices/camera/frame_source.h"

namespace kiosk::devices::camera {

class FileSource final : public FrameSource {
 public:
  explicit FileSource(CameraSpec spec);

  Result<void> open() override;
  Result<cv::Mat> grab() override;
  void close() override;
  [[nodiscard]] bool isLive() const override { return false; }
  [[nodiscard]] double framesPerSecond() const override { return m_fps; }
  [[nodiscard]] std::string describe() const override;

 private:
  Result<cv::Mat> nextFromFolder();
  Result<cv::Mat> nextFromCapture();

  CameraSpec m_spec;
  double m_fps;
  cv::VideoCapture m_capture;
  std::vector<std::filesystem::path> m_images;  // folder mode
  std::size_t m_next = 0;
  bool m_open = false;
};

}  // namespace kiosk::devices::camera
