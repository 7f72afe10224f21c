// SyntheticSource: frames made by a generator function (the AR demo passes its marker-scene
// renderer), so the whole pipeline runs without hardware. Without a generator it draws a moving
// test pattern.
#pragma once

#include <cstdint>
#include <functional>

#include "devices/camera/camera_spec.h"
#include "devices/camera/frame_source.h"

namespace kiosk::devices::camera {

// Frame number → BGR image of the requested size. Must be deterministic for a given number.
using FrameGenerator = std::function<cv::Mat(std::uint64_t frameNumber, cv::Size size)>;

class SyntheticSource final : public FrameSource {
 public:
  SyntheticSource(CameraSpec spec, FrameGenerator generator = {});

  Result<void> open() override;
  Result<cv::Mat> grab() override;
  void close() override { m_open = false; }
  [[nodiscard]] bool isLive() const override { return false; }
  [[nodiscard]] double framesPerSecond() const override { return m_spec.fps; }
  [[nodiscard]] std::string describe() const override;

 private:
  CameraSpec m_spec;
  FrameGenerator m_generator;
  std::uint64_t m_frame = 0;
  bool m_open = false;
};

[[nodiscard]] cv::Mat testPattern(std::uint64_t frameNumber, cv::Size size);

}  // namespace kiosk::devices::camera
