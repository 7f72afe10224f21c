#include "devices/reader/evdev_report_builder.h"

#include <algorithm>

#include "devices/reader/evdev_keymap.h"

namespace kiosk::devices::reader {

void EvdevReportBuilder::key(int code, int value) {
  if (value == 2) return;  // autorepeat
  const HidKey hid = hidKeyForEvdev(code).value_or(HidKey{kUsageUnmapped, 0});
  const bool down = value != 0;
  if (hid.modifier != 0) {
    const std::uint8_t before = m_state.modifiers;
    m_state.modifiers = down ? (before | hid.modifier) : (before & static_cast<std::uint8_t>(~hid.modifier));
    m_changed |= m_state.modifiers != before;
    return;
  }
  auto& keys = m_state.keys;
  const auto held = std::find(keys.begin(), keys.end(), hid.usage);
  if (down && held == keys.end()) {
    const auto free = std::find(keys.begin(), keys.end(), std::uint8_t{0});
    if (free == keys.end()) return;  // a seventh key: not reported
    *free = hid.usage;
    m_changed = true;
  } else if (!down && held != keys.end()) {
    // Keep press order, like a keyboard's report: close the gap.
    std::move(held + 1, keys.end(), held);
    keys.back() = 0;
    m_changed = true;
  }
}

std::optional<HidReport> EvdevReportBuilder::sync() {
  if (!m_changed) return std::nullopt;
  m_changed = false;
  return m_state;
}

void EvdevReportBuilder::reset() {
  m_state = HidReport{};
  m_changed = false;
}

}  // namespace kiosk::devices::reader
