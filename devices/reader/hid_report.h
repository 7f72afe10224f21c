// HidReport: one 8-byte boot-keyboard input report [modifiers, reserved, key1..key6], as a reader in
// keyboard-wedge mode sends it on its interrupt IN endpoint (HID 1.11, appendix B.1).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

#include "devices/core/error.h"

namespace kiosk::devices::reader {

// Modifier byte bits (HID usage table, keyboard page 0xE0..0xE7).
inline constexpr std::uint8_t kLeftCtrl = 0x01, kLeftShift = 0x02, kLeftAlt = 0x04, kLeftGui = 0x08;
inline constexpr std::uint8_t kRightCtrl = 0x10, kRightShift = 0x20, kRightAlt = 0x40, kRightGui = 0x80;

// Usages that are not characters but matter for framing.
inline constexpr std::uint8_t kUsageErrorRollOver = 0x01;  // "too many keys": the report says nothing
inline constexpr std::uint8_t kUsageEnter = 0x28, kUsageEscape = 0x29, kUsageBackspace = 0x2A, kUsageTab = 0x2B;
inline constexpr std::uint8_t kUsageKeypadEnter = 0x58;

inline constexpr std::size_t kBootReportSize = 8;

struct HidReport {
  std::uint8_t modifiers = 0;
  std::array<std::uint8_t, 6> keys{};

  // All six slots 0x01: the keyboard saw more keys than it can report (phantom state).
  [[nodiscard]] bool isRollOverError() const;
  bool operator==(const HidReport&) const = default;
};

// Some readers append a report id or pad to 64 bytes; only exactly 8 bytes is a boot report, anything
// else is refused so a vendor-HID device cannot be misread as keystrokes.
[[nodiscard]] Result<HidReport> parseBootReport(std::span<const std::uint8_t> bytes);

}  // namespace kiosk::devices::reader
