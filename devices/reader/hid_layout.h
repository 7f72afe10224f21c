// The reader's keyboard layout: a reader turns each character into HID usages using the keyboard
// country it was programmed with, so we must turn them back with the same table. Letters and digits
// are the same everywhere; punctuation is not (on an Italian reader '-' is usage 0x38, on a US one
// 0x2D), which is why a US-programmed reader read as Italian turns "123-356" into "123'356".
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace kiosk::devices::reader {

enum class HidLayout { Us, It };

[[nodiscard]] std::string_view toString(HidLayout layout);
// "us" / "it" as in the config; nullopt for anything else so a typo is refused, not defaulted.
[[nodiscard]] std::optional<HidLayout> parseHidLayout(std::string_view name);

struct KeyLevel {
  bool shift = false;
  bool altGr = false;  // right Alt, or Ctrl+Alt as Windows treats it: IT needs it for @ # [ ] { } €
};

// The UTF-8 text one key press produces, or empty when the key makes no character on this layout
// (function keys, arrows, an AltGr combination the layout lacks). Keypad digits count as NumLock on,
// which is how readers that use the keypad send them. Enter/Tab are framing, not text: empty here.
[[nodiscard]] std::string_view keyText(HidLayout layout, std::uint8_t usage, KeyLevel level);

// Keypad digit value of a usage (0x59..0x62), for Alt+numpad sequences; nullopt for other keys.
[[nodiscard]] std::optional<int> keypadDigit(std::uint8_t usage);

}  // namespace kiosk::devices::reader
