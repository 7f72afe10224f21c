// KeyboardWedge: what a USB RFID/barcode reader in keyboard-wedge mode does with a scan: each character
// becomes the key presses of the reader's configured keyboard country, as 8-byte boot-keyboard reports
// [modifiers, 0, key, 0, 0, 0, 0, 0], every press followed by an all-zero release, then the terminator.
// Characters the layout cannot type go out as Alt+keypad digits (Alt+0nnn, Latin-1), as real readers do.
// Written from the keyboard-country tables, not from devices/reader: the two must agree on the wire.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <tl/expected.hpp>

namespace pid::firmware {

using BootReport = std::array<std::uint8_t, 8>;

enum class WedgeLayout { Us, It };
enum class WedgeTerminator { Enter, Tab, None };

struct WedgeOptions {
  WedgeLayout layout = WedgeLayout::Us;
  WedgeTerminator terminator = WedgeTerminator::Enter;
  bool shiftInOwnReport = false;  // some readers press Shift in a report of its own before the key
  bool altNumpadFallback = true;  // else a character the layout lacks is an error
};

// The reports for one scan; an error names the character that cannot be typed (or invalid UTF-8).
[[nodiscard]] tl::expected<std::vector<BootReport>, std::string> encodeScan(std::string_view utf8,
                                                                             const WedgeOptions& options);

}  // namespace pid::firmware
