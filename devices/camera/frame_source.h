// FrameSource: one camera-like source of BGR frames. Implementations block in grab() for at most
// about one frame period; they are used from the capture worker's thread only.
#pragma once

#include <string>

#include <opencv2/core/mat.hpp>

#include "devices/core/error.h"

namespace kiosk::devices::camera {

class FrameSource {
 public:
  virtual ~FrameSource() = default;

  // (Re)opens the device or file. NotFound when it is absent, so the worker can retry.
  virtual Result<void> open() = 0;
  // The next frame (BGR, 8-bit). Disconnected when a live device went away mid-stream.
  virtual Result<cv::Mat> grab() = 0;
  virtual void close() = 0;
  // Live sources pace themselves (the sensor's clock); files and synthetic frames are paced by the
  // worker at this rate, so a recording plays at camera speed.
  [[nodiscard]] virtual bool isLive() const = 0;
  [[nodiscard]] virtual double framesPerSecond() const = 0;
  // For logs and the staff panel: "/dev/video0 1280x720@30 MJPG", "file clip.mp4".
  [[nodiscard]] virtual std::string describe() const = 0;
};

}  // namespace kiosk::devices::camera
