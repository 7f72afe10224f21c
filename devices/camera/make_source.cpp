#include "devices/camera/make_source.h"

#include "devices/camera/file_source.h"
#include "devices/camera/v4l2_source.h"

namespace kiosk::devices::camera {

std::unique_ptr<FrameSource> makeSource(const CameraSpec& spec, FrameGenerator synthetic) {
  switch (spec.kind) {
    case SourceKind::Device: return std::make_unique<V4l2Source>(spec);
    case SourceKind::File: return std::make_unique<FileSource>(spec);
    case SourceKind::Synthetic: break;
  }
  return std::make_unique<SyntheticSource>(spec, std::move(synthetic));
}

}  // namespace kiosk::devices::camera
