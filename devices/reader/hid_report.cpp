#include "devices/reader/hid_report.h"

#include <algorithm>
#include <string>

namespace kiosk::devices::reader {

bool HidReport::isRollOverError() const {
  return std::all_of(keys.begin(), keys.end(), [](std::uint8_t k) { return k == kUsageErrorRollOver; });
}

Result<HidReport> parseBootReport(std::span<const std::uint8_t> bytes) {
  if (bytes.size() != kBootReportSize) {
    return fail(ErrorCode::InvalidData, "boot keyboard report of " + std::to_string(bytes.size()) + " bytes, not 8");
  }
  HidReport report;
  report.modifiers = bytes[0];
  std::copy(bytes.begin() + 2, bytes.end(), report.keys.begin());
  return report;
}

}  // namespace kiosk::devices::reader
