// makeSource: the FrameSource for a CameraSpec.
#pragma once

#include <memory>

#include "devices/camera/camera_spec.h"
#include "devices/camera/frame_source.h"
#include "devices/camera/synthetic_source.h"

namespace kiosk::devices::camera {

[[nodiscard]] std::unique_ptr<FrameSource> makeSource(const CameraSpec& spec, FrameGenerator synthetic = {});

}  // namespace kiosk::devices::camera
