#include "devices/reader/scan_event.h"

namespace kiosk::devices::reader {

std::string_view toString(DropReason reason) {
  switch (reason) {
    case DropReason::NonPrintable: return "non-printable";
    case DropReason::Overlong: return "overlong";
    case DropReason::Burst: return "burst";
    case DropReason::Incomplete: return "incomplete";
  }
  return "unknown";
}

std::string describe(const ScanDrop& drop) {
  return "reader " + drop.source + ": scan dropped (" + std::string(toString(drop.reason)) + ", " +
         std::to_string(drop.bytes) + " bytes)";
}

}  // namespace kiosk::devices::reader
