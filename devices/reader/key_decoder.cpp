#include "devices/reader/key_decoder.h"

#include <algorithm>

#include "devices/reader/utf8_append.h"

namespace kiosk::devices::reader {
namespace {

constexpr std::uint8_t kCtrl = kLeftCtrl | kRightCtrl;
constexpr std::uint8_t kShift = kLeftShift | kRightShift;
constexpr std::uint8_t kGui = kLeftGui | kRightGui;

bool isAltGr(std::uint8_t modifiers) {
  return (modifiers & kRightAlt) != 0 || ((modifiers & kCtrl) != 0 && (modifiers & kLeftAlt) != 0);
}

// Left Alt alone (no Ctrl, so not AltGr): the Alt+numpad modifier.
bool isPlainAlt(std::uint8_t modifiers) { return (modifiers & kLeftAlt) != 0 && !isAltGr(modifiers); }

// Code page 437 (what Alt+nnn without a leading zero means on Windows) from 128: the accented letters
// an Italian name can need. The rest of the OEM page is box drawing and is not text on a badge.
constexpr std::array<char32_t, 30> kCp437From128 = {
    U'Ç', U'ü', U'é', U'â', U'ä', U'à', U'å', U'ç', U'ê', U'ë', U'è', U'ï', U'î', U'ì', U'Ä',
    U'Å', U'É', U'æ', U'Æ', U'ô', U'ö', U'ò', U'û', U'ù', U'ÿ', U'Ö', U'Ü', U'¢', U'£', U'¥'};

}  // namespace

std::vector<KeyEvent> HidKeyDecoder::feed(const HidReport& report) {
  std::vector<KeyEvent> out;
  // Phantom state: the keyboard could not tell which keys are down. Keep the previous picture, so the
  // keys still held after it are not seen as new presses.
  if (report.isRollOverError()) return out;
  for (std::size_t i = 0; i < report.keys.size(); ++i) {
    const std::uint8_t usage = report.keys[i];
    if (usage == 0 || usage == kUsageErrorRollOver) continue;
    const bool wasHeld = std::find(m_held.begin(), m_held.end(), usage) != m_held.end();
    const bool repeatedInReport = std::find(report.keys.begin(), report.keys.begin() + static_cast<long>(i), usage) !=
                                  report.keys.begin() + static_cast<long>(i);
    if (wasHeld || repeatedInReport) continue;
    if (isPlainAlt(report.modifiers) && keypadDigit(usage)) {
      if (!m_altCodeActive) m_altCodeLeadingZero = *keypadDigit(usage) == 0;
      m_altCodeActive = true;
      m_altCode = std::min(m_altCode * 10 + *keypadDigit(usage), 100000);  // bounded; only % 256 matters
      continue;
    }
    out.push_back(press(usage, report.modifiers));
  }
  if (m_altCodeActive && (report.modifiers & kLeftAlt) == 0) out.push_back(finishAltCode());
  m_held = report.keys;
  return out;
}

void HidKeyDecoder::reset() {
  m_held = {};
  m_altCodeActive = false;
  m_altCodeLeadingZero = false;
  m_altCode = 0;
}

KeyEvent HidKeyDecoder::press(std::uint8_t usage, std::uint8_t modifiers) {
  if (usage == kUsageEnter || usage == kUsageKeypadEnter) return {KeyEvent::Kind::Enter, {}, usage};
  if (usage == kUsageTab) return {KeyEvent::Kind::Tab, {}, usage};
  const bool altGr = isAltGr(modifiers);
  // Ctrl+C, Alt+F4, Super+L: shortcuts, never text.
  if ((!altGr && (modifiers & (kCtrl | kLeftAlt)) != 0) || (modifiers & kGui) != 0) {
    return {KeyEvent::Kind::Other, {}, usage};
  }
  const std::string_view text = keyText(m_layout, usage, KeyLevel{(modifiers & kShift) != 0, altGr});
  if (text.empty()) return {KeyEvent::Kind::Other, {}, usage};
  return {KeyEvent::Kind::Text, std::string(text), usage};
}

KeyEvent HidKeyDecoder::finishAltCode() {
  // Windows rules, which readers copy: a leading 0 selects the ANSI page (1252, Latin-1 above 0xA0),
  // none selects the OEM page 437; values wrap at 256.
  const int code = m_altCode % 256;
  const bool ansi = m_altCodeLeadingZero;
  m_altCodeActive = false;
  m_altCodeLeadingZero = false;
  m_altCode = 0;
  if (code == '\r' || code == '\n') return {KeyEvent::Kind::Enter, {}, 0};
  if (code == '\t') return {KeyEvent::Kind::Tab, {}, 0};
  char32_t cp = 0;
  if (code >= 0x20 && code < 0x7F) {
    cp = static_cast<char32_t>(code);
  } else if (ansi && code == 0x80) {
    cp = U'€';
  } else if (ansi && code >= 0xA0) {
    cp = static_cast<char32_t>(code);
  } else if (!ansi && code >= 128 && code < 128 + static_cast<int>(kCp437From128.size())) {
    cp = kCp437From128[static_cast<std::size_t>(code - 128)];
  }
  if (cp == 0) return {KeyEvent::Kind::Other, {}, 0};
  std::string text;
  appendUtf8(text, cp);
  return {KeyEvent::Kind::Text, std::move(text), 0};
}

}  // namespace kiosk::devices::reader
