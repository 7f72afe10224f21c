// Linux input key codes (KEY_*, what evdev reports) back to HID keyboard usages, so an evdev-grabbed
// reader goes through the same decoder and layout tables as a libusb one. The kernel's hid-input maps
// usages to codes one way; this is the inverse for the keys a reader can send.
#pragma once

#include <cstdint>
#include <optional>

namespace kiosk::devices::reader {

struct HidKey {
  std::uint8_t usage = 0;     // a key usage, or 0 for a modifier
  std::uint8_t modifier = 0;  // the modifier-byte bit, or 0 for a key
};

[[nodiscard]] std::optional<HidKey> hidKeyForEvdev(int code);

}  // namespace kiosk::devices::reader
