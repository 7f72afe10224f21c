// EvdevReportBuilder: evdev key events (press 1, release 0, autorepeat 2) back into the boot-keyboard
// report a keyboard would have sent, one per SYN_REPORT, so evdev and libusb readers share the decoder.
// Autorepeat is ignored: the decoder types a held key once anyway. A key we cannot map (a media key,
// say) becomes kUsageUnmapped, which no layout types, so it still makes the scan non-printable instead
// of vanishing. Seven keys at once: the seventh is not reported, as on a 6-key-rollover keyboard.
#pragma once

#include <array>
#include <cstdint>
#include <optional>

#include "devices/reader/hid_report.h"

namespace kiosk::devices::reader {

inline constexpr std::uint8_t kUsageUnmapped = 0x91;  // LANG2: no character on any layout

class EvdevReportBuilder {
 public:
  // One EV_KEY event.
  void key(int code, int value);
  // At SYN_REPORT: the report, if anything changed since the last one.
  [[nodiscard]] std::optional<HidReport> sync();
  void reset();

 private:
  HidReport m_state;
  bool m_changed = false;
};

}  // namespace kiosk::devices::reader
