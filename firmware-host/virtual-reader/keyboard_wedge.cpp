#include "firmware-host/virtual-reader/keyboard_wedge.h"

#include <optional>

namespace pid::firmware {
namespace {

constexpr std::uint8_t kShift = 0x02;  // left Shift
constexpr std::uint8_t kAlt = 0x04;    // left Alt
constexpr std::uint8_t kAltGr = 0x40;  // right Alt

struct Stroke {
  std::uint8_t modifiers;
  std::uint8_t key;
};

struct KeyChars {
  std::uint8_t key;
  std::string_view plain, shifted, altGr, shiftAltGr;
};

// Keyboard-country tables: which key (HID usage) and level types each character.
constexpr KeyChars kUsKeys[] = {
    {0x2C, " ", "", "", ""},   {0x2D, "-", "_", "", ""}, {0x2E, "=", "+", "", ""},  {0x2F, "[", "{", "", ""},
    {0x30, "]", "}", "", ""},  {0x31, "\\", "|", "", ""}, {0x33, ";", ":", "", ""}, {0x34, "'", "\"", "", ""},
    {0x35, "`", "~", "", ""},  {0x36, ",", "<", "", ""}, {0x37, ".", ">", "", ""},  {0x38, "/", "?", "", ""},
    {0x1E, "1", "!", "", ""},  {0x1F, "2", "@", "", ""}, {0x20, "3", "#", "", ""},  {0x21, "4", "$", "", ""},
    {0x22, "5", "%", "", ""},  {0x23, "6", "^", "", ""}, {0x24, "7", "&", "", ""},  {0x25, "8", "*", "", ""},
    {0x26, "9", "(", "", ""},  {0x27, "0", ")", "", ""},
};
// Italian (Windows "Italian" keyboard, which reader manuals mean by "Italy"): the ù key is the ISO
// key left of Enter (0x32); no ` or ~ at all.
constexpr KeyChars kItKeys[] = {
    {0x2C, " ", "", "", ""},    {0x2D, "'", "?", "", ""},   {0x2E, "ì", "^", "", ""},  {0x2F, "è", "é", "[", "{"},
    {0x30, "+", "*", "]", "}"}, {0x32, "ù", "§", "", ""},   {0x33, "ò", "ç", "@", ""}, {0x34, "à", "°", "#", ""},
    {0x35, "\\", "|", "", ""},  {0x36, ",", ";", "", ""},   {0x37, ".", ":", "", ""},  {0x38, "-", "_", "", ""},
    {0x64, "<", ">", "", ""},   {0x1E, "1", "!", "", ""},   {0x1F, "2", "\"", "", ""}, {0x20, "3", "£", "", ""},
    {0x21, "4", "$", "", ""},   {0x22, "5", "%", "", ""},   {0x23, "6", "&", "", ""},  {0x24, "7", "/", "", ""},
    {0x25, "8", "(", "", ""},   {0x26, "9", ")", "", ""},   {0x27, "0", "=", "", ""},  {0x08, "", "", "€", ""},
};

std::optional<Stroke> strokeFor(std::string_view ch, WedgeLayout layout) {
  if (ch.size() == 1 && ch[0] >= 'a' && ch[0] <= 'z') return Stroke{0, static_cast<std::uint8_t>(0x04 + ch[0] - 'a')};
  if (ch.size() == 1 && ch[0] >= 'A' && ch[0] <= 'Z') return Stroke{kShift, static_cast<std::uint8_t>(0x04 + ch[0] - 'A')};
  const auto search = [&](const auto& table) -> std::optional<Stroke> {
    for (const KeyChars& k : table) {
      if (k.plain == ch) return Stroke{0, k.key};
      if (k.shifted == ch) return Stroke{kShift, k.key};
      if (k.altGr == ch) return Stroke{kAltGr, k.key};
      if (k.shiftAltGr == ch) return Stroke{kAltGr | kShift, k.key};
    }
    return std::nullopt;
  };
  return layout == WedgeLayout::It ? search(kItKeys) : search(kUsKeys);
}

// Splits off the first UTF-8 character and returns its code point; nullopt on invalid UTF-8.
std::optional<char32_t> takeChar(std::string_view& s, std::string_view& ch) {
  const auto b = static_cast<unsigned char>(s[0]);
  const std::size_t len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
  if (len == 0 || len > s.size()) return std::nullopt;
  char32_t cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
  for (std::size_t i = 1; i < len; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if ((c >> 6) != 2) return std::nullopt;
    cp = (cp << 6) | (c & 0x3F);
  }
  ch = s.substr(0, len);
  s.remove_prefix(len);
  return cp;
}

void press(std::vector<BootReport>& out, std::uint8_t modifiers, std::uint8_t key) {
  out.push_back(BootReport{modifiers, 0, key, 0, 0, 0, 0, 0});
}

void typeStroke(std::vector<BootReport>& out, Stroke s, const WedgeOptions& options) {
  if (options.shiftInOwnReport && s.modifiers != 0) press(out, s.modifiers, 0);
  press(out, s.modifiers, s.key);
  if (options.shiftInOwnReport && s.modifiers != 0) press(out, s.modifiers, 0);
  out.push_back(BootReport{});
}

// Alt held, 0 and the three decimal digits of the Windows-1252 code on the keypad, Alt released.
void typeAltCode(std::vector<BootReport>& out, unsigned code) {
  constexpr std::uint8_t kKeypad[10] = {0x62, 0x59, 0x5A, 0x5B, 0x5C, 0x5D, 0x5E, 0x5F, 0x60, 0x61};
  press(out, kAlt, 0);
  const unsigned digits[4] = {0, code / 100, code / 10 % 10, code % 10};
  for (unsigned d : digits) {
    press(out, kAlt, kKeypad[d]);
    press(out, kAlt, 0);
  }
  out.push_back(BootReport{});
}

}  // namespace

tl::expected<std::vector<BootReport>, std::string> encodeScan(std::string_view utf8, const WedgeOptions& options) {
  std::vector<BootReport> out;
  std::string_view rest = utf8;
  while (!rest.empty()) {
    std::string_view ch;
    const auto cp = takeChar(rest, ch);
    if (!cp) return tl::unexpected(std::string("invalid UTF-8"));
    if (const auto stroke = strokeFor(ch, options.layout)) {
      typeStroke(out, *stroke, options);
    } else if (options.altNumpadFallback && ((*cp >= 0x20 && *cp < 0x7F) || (*cp >= 0xA0 && *cp <= 0xFF))) {
      typeAltCode(out, static_cast<unsigned>(*cp));
    } else if (options.altNumpadFallback && *cp == U'€') {
      typeAltCode(out, 0x80);  // Windows-1252 puts the euro at 128
    } else {
      return tl::unexpected("cannot type '" + std::string(ch) + "' on this layout");
    }
  }
  if (options.terminator == WedgeTerminator::Enter) typeStroke(out, Stroke{0, 0x28}, options);
  if (options.terminator == WedgeTerminator::Tab) typeStroke(out, Stroke{0, 0x2B}, options);
  return out;
}

}  // namespace pid::firmware
