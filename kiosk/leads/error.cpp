#include "kiosk/leads/error.h"

namespace kiosk::leads {

std::string_view toString(ErrorCode code) {
  switch (code) {
    case ErrorCode::Invalid: return "invalid";
    case ErrorCode::Full: return "full";
    case ErrorCode::ReadOnly: return "read-only";
    case ErrorCode::Io: return "io";
    case ErrorCode::Busy: return "busy";
    case ErrorCode::Corrupt: return "corrupt";
    case ErrorCode::Schema: return "schema";
    case ErrorCode::NotFound: return "not-found";
    case ErrorCode::Export: return "export";
    case ErrorCode::Internal: return "internal";
  }
  return "unknown";
}

std::string describe(const Error& error) {
  std::string text{toString(error.code)};
  text += ": ";
  text += error.message;
  if (error.sqliteCode != 0) text += " (sqlite " + std::to_string(error.sqliteCode) + ")";
  return text;
}

}  // namespace kiosk::leads
