// Test helpers: boot-keyboard reports by hand.
#pragma once

#include <cstdint>
#include <initializer_list>

#include "devices/reader/hid_report.h"

namespace kiosk::devices::reader::test {

inline HidReport report(std::uint8_t modifiers, std::initializer_list<std::uint8_t> keys = {}) {
  HidReport r;
  r.modifiers = modifiers;
  std::size_t i = 0;
  for (std::uint8_t k : keys) {
    if (i < r.keys.size()) r.keys[i++] = k;
  }
  return r;
}

inline HidReport release() { return HidReport{}; }

}  // namespace kiosk::devices::reader::test
