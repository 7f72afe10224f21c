// CameraSpec: which frame source the demo uses, parsed from the config's `[camera] source` text:
//   "/dev/video0" or "0"   a V4L2 device (path or index)
//   "file:PATH"            a video file, an image-sequence pattern (frame_%03d.png) or a folder of images
//   "synthetic"            generated frames (no hardware)
#pragma once

#include <string>
#include <string_view>

#include "devices/core/error.h"

namespace kiosk::devices::camera {

enum class SourceKind { Device, File, Synthetic };

struct CameraSpec {
  SourceKind kind = SourceKind::Synthetic;
  std::string location;  // device path/index or file path; empty for synthetic
  int width = 1280;
  int height = 720;
  double fps = 30.0;
  bool mjpg = true;      // ask a USB camera for MJPG: YUYV at 720p is limited to ~10 fps on USB 2
  bool loop = true;      // files start over at the end (the demo plays forever)
};

[[nodiscard]] Result<CameraSpec> parseCameraSource(std::string_view text, CameraSpec defaults = {});
[[nodiscard]] std::string_view toString(SourceKind kind);

}  // namespace kiosk::devices::camera
