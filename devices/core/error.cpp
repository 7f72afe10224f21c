#include "devices/core/error.h"

namespace kiosk::devices {

std::string_view toString(ErrorCode code) {
  switch (code) {
    case ErrorCode::Io: return "io";
    case ErrorCode::Timeout: return "timeout";
    case ErrorCode::Protocol: return "protocol";
    case ErrorCode::Busy: return "busy";
    case ErrorCode::NotFound: return "not-found";
    case ErrorCode::Disconnected: return "disconnected";
    case ErrorCode::InvalidData: return "invalid-data";
    case ErrorCode::Full: return "full";
    case ErrorCode::Closed: return "closed";
  }
  return "unknown";
}

}  // namespace kiosk::devices
