#include "devices/reader/hid_layout.h"

#include <array>

namespace kiosk::devices::reader {
namespace {

// One row per usage: base, Shift, AltGr, Shift+AltGr. Empty = no character.
struct Row {
  std::uint8_t usage;
  std::string_view base, shift, altGr, shiftAltGr;
};

// Keys that differ between layouts, 0x1E.. (digits row) and 0x2C.. (punctuation), plus 0x64 (ISO key
// next to left Shift). Letters 0x04..0x1D and the keypad are shared and handled in code.
constexpr std::array kUs = {
    Row{0x1E, "1", "!", "", ""}, Row{0x1F, "2", "@", "", ""}, Row{0x20, "3", "#", "", ""},
    Row{0x21, "4", "$", "", ""}, Row{0x22, "5", "%", "", ""}, Row{0x23, "6", "^", "", ""},
    Row{0x24, "7", "&", "", ""}, Row{0x25, "8", "*", "", ""}, Row{0x26, "9", "(", "", ""},
    Row{0x27, "0", ")", "", ""}, Row{0x2C, " ", " ", "", ""}, Row{0x2D, "-", "_", "", ""},
    Row{0x2E, "=", "+", "", ""}, Row{0x2F, "[", "{", "", ""}, Row{0x30, "]", "}", "", ""},
    Row{0x31, "\\", "|", "", ""}, Row{0x32, "#", "~", "", ""}, Row{0x33, ";", ":", "", ""},
    Row{0x34, "'", "\"", "", ""}, Row{0x35, "`", "~", "", ""}, Row{0x36, ",", "<", "", ""},
    Row{0x37, ".", ">", "", ""}, Row{0x38, "/", "?", "", ""}, Row{0x64, "\\", "|", "", ""},
};

// Italian as Windows and xkb "it" define it (readers set to "Italy" follow Windows): AltGr gives
// @ on ò, # on à, [ ] on è +, { } with Shift+AltGr, € on E and 5.
constexpr std::array kIt = {
    Row{0x1E, "1", "!", "", ""},  Row{0x1F, "2", "\"", "", ""},     Row{0x20, "3", "£", "", ""},
    Row{0x21, "4", "$", "", ""},  Row{0x22, "5", "%", "€", ""},     Row{0x23, "6", "&", "", ""},
    Row{0x24, "7", "/", "{", ""}, Row{0x25, "8", "(", "[", ""},     Row{0x26, "9", ")", "]", ""},
    Row{0x27, "0", "=", "}", ""}, Row{0x2C, " ", " ", "", ""},      Row{0x2D, "'", "?", "`", ""},
    Row{0x2E, "ì", "^", "~", ""}, Row{0x2F, "è", "é", "[", "{"},    Row{0x30, "+", "*", "]", "}"},
    Row{0x31, "ù", "§", "", ""},  Row{0x32, "ù", "§", "", ""},      Row{0x33, "ò", "ç", "@", ""},
    Row{0x34, "à", "°", "#", ""}, Row{0x35, "\\", "|", "", ""},     Row{0x36, ",", ";", "", ""},
    Row{0x37, ".", ":", "", ""},  Row{0x38, "-", "_", "", ""},      Row{0x64, "<", ">", "", ""},
};

constexpr std::array<std::string_view, 26> kLower = {"a", "b", "c", "d", "e", "f", "g", "h", "i",
                                                     "j", "k", "l", "m", "n", "o", "p", "q", "r",
                                                     "s", "t", "u", "v", "w", "x", "y", "z"};
constexpr std::array<std::string_view, 26> kUpper = {"A", "B", "C", "D", "E", "F", "G", "H", "I",
                                                     "J", "K", "L", "M", "N", "O", "P", "Q", "R",
                                                     "S", "T", "U", "V", "W", "X", "Y", "Z"};
constexpr std::array<std::string_view, 10> kKeypadDigits = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "0"};

template <std::size_t N>
std::string_view fromTable(const std::array<Row, N>& table, std::uint8_t usage, KeyLevel level) {
  for (const Row& row : table) {
    if (row.usage != usage) continue;
    if (level.altGr) return level.shift ? row.shiftAltGr : row.altGr;
    return level.shift ? row.shift : row.base;
  }
  return {};
}

}  // namespace

std::string_view toString(HidLayout layout) {
  switch (layout) {
    case HidLayout::Us: return "us";
    case HidLayout::It: return "it";
  }
  return "unknown";
}

std::optional<HidLayout> parseHidLayout(std::string_view name) {
  if (name == "us") return HidLayout::Us;
  if (name == "it") return HidLayout::It;
  return std::nullopt;
}

std::optional<int> keypadDigit(std::uint8_t usage) {
  if (usage >= 0x59 && usage <= 0x61) return usage - 0x59 + 1;
  if (usage == 0x62) return 0;
  return std::nullopt;
}

std::string_view keyText(HidLayout layout, std::uint8_t usage, KeyLevel level) {
  if (usage >= 0x04 && usage <= 0x1D) {
    if (level.altGr) return layout == HidLayout::It && usage == 0x08 ? "€" : "";  // AltGr+E
    return level.shift ? kUpper[usage - 0x04] : kLower[usage - 0x04];
  }
  // The keypad ignores Shift and the layout (NumLock on); AltGr on it means nothing.
  if (usage >= 0x54 && usage <= 0x63 && usage != 0x58) {
    if (level.altGr) return {};
    switch (usage) {
      case 0x54: return "/";
      case 0x55: return "*";
      case 0x56: return "-";
      case 0x57: return "+";
      case 0x63: return ".";
      default: return kKeypadDigits[usage - 0x59];
    }
  }
  return layout == HidLayout::It ? fromTable(kIt, usage, level) : fromTable(kUs, usage, level);
}

}  // namespace kiosk::devices::reader
