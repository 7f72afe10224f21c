#include "devices/reader/serial_text_decoder.h"

namespace kiosk::devices::reader {
namespace {

std::size_t sequenceLength(unsigned char lead) {
  if ((lead >> 5) == 0x06) return 2;
  if ((lead >> 4) == 0x0E) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 0;
}

// A complete sequence: rejects overlong forms, surrogates, values past U+10FFFF and C1 controls.
bool isPrintableSequence(std::string_view s) {
  char32_t cp = static_cast<unsigned char>(s[0]) & (s.size() == 2 ? 0x1F : s.size() == 3 ? 0x0F : 0x07);
  for (std::size_t i = 1; i < s.size(); ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
  const char32_t minimum = s.size() == 2 ? 0x80 : s.size() == 3 ? 0x800 : 0x10000;
  return cp >= minimum && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF) && !(cp >= 0x80 && cp <= 0x9F);
}

}  // namespace

std::vector<KeyEvent> SerialTextDecoder::feed(std::string_view bytes) {
  std::vector<KeyEvent> out;
  for (const char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    if (!m_pending.empty()) {
      if ((b >> 6) == 0x02) {
        m_pending.push_back(c);
        if (m_pending.size() == m_expected) finishPending(out);
        continue;
      }
      out.push_back({KeyEvent::Kind::Other, {}, 0});  // a sequence cut short
      m_pending.clear();
    }
    if (b == 0x00) continue;
    if (b == '\r' || b == '\n') {
      out.push_back({KeyEvent::Kind::Enter, {}, 0});
    } else if (b == '\t') {
      out.push_back({KeyEvent::Kind::Tab, {}, 0});
    } else if (b < 0x20 || b == 0x7F) {
      out.push_back({KeyEvent::Kind::Other, {}, 0});
    } else if (b < 0x80) {
      out.push_back({KeyEvent::Kind::Text, std::string(1, c), 0});
    } else if (const std::size_t length = sequenceLength(b); length != 0) {
      m_pending.push_back(c);
      m_expected = length;
    } else {
      out.push_back({KeyEvent::Kind::Other, {}, 0});  // a stray continuation byte or 0xF8..0xFF
    }
  }
  return out;
}

void SerialTextDecoder::finishPending(std::vector<KeyEvent>& out) {
  if (isPrintableSequence(m_pending)) {
    out.push_back({KeyEvent::Kind::Text, m_pending, 0});
  } else {
    out.push_back({KeyEvent::Kind::Other, {}, 0});
  }
  m_pending.clear();
}

}  // namespace kiosk::devices::reader
