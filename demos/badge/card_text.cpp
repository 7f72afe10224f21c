#include "demos/badge/card_text.h"

#include <cstdint>

namespace kiosk::demos::badge {
namespace {

// Decodes the code point at `i` of valid UTF-8 and advances `i`.
char32_t nextCodePoint(std::string_view s, std::size_t& i) {
  const auto b = static_cast<std::uint8_t>(s[i]);
  std::size_t extra = b < 0x80 ? 0 : b < 0xE0 ? 1 : b < 0xF0 ? 2 : 3;
  char32_t cp = extra == 0 ? b : extra == 1 ? (b & 0x1F) : extra == 2 ? (b & 0x0F) : (b & 0x07);
  for (std::size_t k = 1; k <= extra && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<std::uint8_t>(s[i + k]) & 0x3F);
  i += extra + 1;
  return cp;
}

bool isInvisibleFormat(char32_t cp) {
  return (cp >= 0x200B && cp <= 0x200F) ||  // zero-width space/joiners, LRM/RLM
         (cp >= 0x202A && cp <= 0x202E) ||  // bidi embeddings and overrides
         (cp >= 0x2066 && cp <= 0x2069) ||  // bidi isolates
         cp == 0xFEFF;                      // BOM / zero-width no-break space
}

bool isBlankOrControl(char32_t cp) { return cp <= 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0xA0; }

}  // namespace

std::vector<std::string_view> splitUnescaped(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\') {
      ++i;  // the escaped character never separates
    } else if (text[i] == separator) {
      parts.push_back(text.substr(start, i - start));
      start = i + 1;
    }
  }
  parts.push_back(text.substr(std::min(start, text.size())));
  return parts;
}

std::string unescapeValue(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\' || i + 1 == text.size()) {
      out.push_back(text[i]);
      continue;
    }
    const char next = text[++i];
    out.push_back(next == 'n' || next == 'N' ? '\n' : next);
  }
  return out;
}

std::optional<std::string> cleanField(std::string_view utf8, std::size_t maxChars) {
  std::string out;
  std::size_t chars = 0;
  bool pendingSpace = false;
  std::size_t i = 0;
  while (i < utf8.size()) {
    const std::size_t begin = i;
    const char32_t cp = nextCodePoint(utf8, i);
    if (isInvisibleFormat(cp)) continue;
    if (isBlankOrControl(cp)) {
      pendingSpace = !out.empty();
      continue;
    }
    if (pendingSpace) {
      out.push_back(' ');
      ++chars;
      pendingSpace = false;
    }
    out.append(utf8.substr(begin, std::min(i, utf8.size()) - begin));
    if (++chars > maxChars) return std::nullopt;
  }
  return out;
}

bool startsWithIgnoreCase(std::string_view text, std::string_view prefix) {
  return text.size() >= prefix.size() && upperAscii(text.substr(0, prefix.size())) == upperAscii(prefix);
}

std::string upperAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

}  // namespace kiosk::demos::badge
