#include "devices/camera/camera_spec.h"

namespace kiosk::devices::camera {

std::string_view toString(SourceKind kind) {
  switch (kind) {
    case SourceKind::Device: return "device";
    case SourceKind::File: return "file";
    case SourceKind::Synthetic: return "synthetic";
  }
  return "?";
}

Result<CameraSpec> parseCameraSource(std::string_view text, CameraSpec spec) {
  if (text.empty()) return fail(ErrorCode::InvalidData, "empty camera source");
  if (text == "synthetic") {
    spec.kind = SourceKind::Synthetic;
    spec.location.clear();
    return spec;
  }
  if (text.starts_with("file:")) {
    spec.kind = SourceKind::File;
    spec.location = std::string(text.substr(5));
    if (spec.location.empty()) return fail(ErrorCode::InvalidData, "camera source 'file:' needs a path");
    return spec;
  }
  const bool index = text.find_first_not_of("0123456789") == std::string_view::npos;
  if (index || text.starts_with("/dev/")) {
    spec.kind = SourceKind::Device;
    spec.location = std::string(text);
    return spec;
  }
  return fail(ErrorCode::InvalidData,
              "camera source '" + std::string(text) + "': expected /dev/videoN, N, file:PATH or synthetic");
}

}  // namespace kiosk::devices::camera
