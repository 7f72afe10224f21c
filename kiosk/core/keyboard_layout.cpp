#include "kiosk/core/keyboard_layout.h"

#include <initializer_list>

namespace kiosk::core {
namespace {

KeyRow letters(std::initializer_list<const char*> lower, std::initializer_list<const char*> upper) {
  KeyRow row;
  auto up = upper.begin();
  for (const char* key : lower) row.push_back(Key{key, up != upper.end() ? *up++ : "", KeyAction::Insert, 1.0f});
  return row;
}

Key action(const char* label, KeyAction what, float width) { return Key{label, "", what, width}; }

KeyRow numberRow() { return letters({"1", "2", "3", "4", "5", "6", "7", "8", "9", "0"}, {}); }

KeyRow bottomRow(bool symbolsPage) {
  return KeyRow{action(symbolsPage ? "ABC" : "àé?", symbolsPage ? KeyAction::Letters : KeyAction::Symbols, 1.5f),
                action("space", KeyAction::Space, 6.0f), action("next", KeyAction::Next, 2.5f)};
}

std::vector<KeyRow> italianLetters() {
  KeyRow top = letters({"q", "w", "e", "r", "t", "y", "u", "i", "o", "p", "è"},
                       {"Q", "W", "E", "R", "T", "Y", "U", "I", "O", "P", "é"});
  KeyRow middle = letters({"a", "s", "d", "f", "g", "h", "j", "k", "l", "ò", "à", "ù"},
                          // Shift gives the capital vowel, not the PC keyboard's ç ° §: on a
                          // form, "Àlvaro" is more likely than a section sign.
                          {"A", "S", "D", "F", "G", "H", "J", "K", "L", "Ò", "À", "Ù"});
  KeyRow bottom{action("shift", KeyAction::Shift, 1.5f)};
  for (Key& key : letters({"z", "x", "c", "v", "b", "n", "m", "'", ",", ".", "-"},
                          {"Z", "X", "C", "V", "B", "N", "M", "?", ";", ":", "_"})) {
    bottom.push_back(key);
  }
  bottom.push_back(action("backspace", KeyAction::Backspace, 1.5f));
  KeyRow numbers = numberRow();
  numbers.push_back(Key{"ì", "^", KeyAction::Insert, 1.0f});
  return {numbers, top, middle, bottom};
}

std::vector<KeyRow> englishLetters() {
  KeyRow top = letters({"q", "w", "e", "r", "t", "y", "u", "i", "o", "p"},
                       {"Q", "W", "E", "R", "T", "Y", "U", "I", "O", "P"});
  KeyRow middle = letters({"a", "s", "d", "f", "g", "h", "j", "k", "l", "'"},
                          {"A", "S", "D", "F", "G", "H", "J", "K", "L", "\""});
  KeyRow bottom{action("shift", KeyAction::Shift, 1.5f)};
  for (Key& key : letters({"z", "x", "c", "v", "b", "n", "m", ",", ".", "-"},
                          {"Z", "X", "C", "V", "B", "N", "M", ";", ":", "_"})) {
    bottom.push_back(key);
  }
  bottom.push_back(action("backspace", KeyAction::Backspace, 1.5f));
  return {numberRow(), top, middle, bottom};
}

// Accents for names from anywhere in Europe, and the punctuation a note needs.
std::vector<KeyRow> symbols() {
  KeyRow accentsA = letters({"à", "á", "â", "ä", "ã", "å", "æ", "ç", "è", "é", "ê", "ë"},
                            {"À", "Á", "Â", "Ä", "Ã", "Å", "Æ", "Ç", "È", "É", "Ê", "Ë"});
  KeyRow accentsB = letters({"ì", "í", "î", "ï", "ñ", "ò", "ó", "ô", "ö", "õ", "ø", "ß"},
                            {"Ì", "Í", "Î", "Ï", "Ñ", "Ò", "Ó", "Ô", "Ö", "Õ", "Ø", "ß"});
  KeyRow accentsC = letters({"ù", "ú", "û", "ü", "ý", "š", "ž", "č", "ł", "ő", "ű"},
                            {"Ù", "Ú", "Û", "Ü", "Ý", "Š", "Ž", "Č", "Ł", "Ő", "Ű"});
  KeyRow punctuation{action("shift", KeyAction::Shift, 1.5f)};
  for (Key& key : letters({"@", "&", "/", "(", ")", "!", "?", "€", "\xe2\x80\x99", "\"", "#"}, {})) {
    punctuation.push_back(key);
  }
  punctuation.push_back(action("backspace", KeyAction::Backspace, 1.5f));
  return {accentsA, accentsB, accentsC, punctuation};
}

std::vector<KeyRow> withBottomRow(std::vector<KeyRow> rows, bool symbolsPage) {
  rows.push_back(bottomRow(symbolsPage));
  return rows;
}

std::vector<KeyRow> emailRows(std::vector<KeyRow> rows) {
  // Addresses are lower case: no shift, and the @ row sits right above the space bar.
  rows.push_back(KeyRow{Key{"@", "", KeyAction::Insert, 1.5f}, Key{".", "", KeyAction::Insert, 1.0f},
                        Key{"_", "", KeyAction::Insert, 1.0f}, Key{"-", "", KeyAction::Insert, 1.0f},
                        Key{".it", "", KeyAction::Insert, 1.5f}, Key{".com", "", KeyAction::Insert, 1.5f},
                        action("backspace", KeyAction::Backspace, 1.5f), action("next", KeyAction::Next, 2.5f)});
  return rows;
}

std::vector<KeyRow> phoneRows() {
  return {letters({"1", "2", "3"}, {}), letters({"4", "5", "6"}, {}), letters({"7", "8", "9"}, {}),
          KeyRow{Key{"+", "", KeyAction::Insert, 1.0f}, Key{"0", "", KeyAction::Insert, 1.0f},
                 action("backspace", KeyAction::Backspace, 1.0f)},
          KeyRow{action("space", KeyAction::Space, 1.5f), action("next", KeyAction::Next, 1.5f)}};
}

std::vector<KeyRow> emailLetters(std::vector<KeyRow> rows) {
  // The letter rows without shift and backspace (the @ row carries backspace).
  std::vector<KeyRow> plain;
  for (KeyRow& row : rows) {
    KeyRow kept;
    for (Key& key : row) {
      if (key.action == KeyAction::Insert) kept.push_back(Key{key.text, "", KeyAction::Insert, 1.0f});
    }
    plain.push_back(kept);
  }
  return emailRows(plain);
}

}  // namespace

const std::vector<KeyRow>& keyboardRows(std::string_view language, KeyboardMode mode, KeyboardPage page) {
  static const std::vector<KeyRow> kItalian = withBottomRow(italianLetters(), false);
  static const std::vector<KeyRow> kEnglish = withBottomRow(englishLetters(), false);
  static const std::vector<KeyRow> kSymbols = withBottomRow(symbols(), true);
  static const std::vector<KeyRow> kItalianEmail = emailLetters(italianLetters());
  static const std::vector<KeyRow> kEnglishEmail = emailLetters(englishLetters());
  static const std::vector<KeyRow> kPhone = phoneRows();

  const bool italian = language == "it";
  switch (mode) {
    case KeyboardMode::Phone: return kPhone;
    case KeyboardMode::Email: return italian ? kItalianEmail : kEnglishEmail;
    case KeyboardMode::Text: break;
  }
  if (page == KeyboardPage::Symbols) return kSymbols;
  return italian ? kItalian : kEnglish;
}

std::size_t utf8Length(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return count;
}

void utf8PopBack(std::string& text) {
  while (!text.empty()) {
    const auto byte = static_cast<unsigned char>(text.back());
    text.pop_back();
    if ((byte & 0xC0) != 0x80) break;  // reached the lead byte of the code point
  }
}

void KeyboardTyping::press(const Key& key, std::string& value) {
  switch (key.action) {
    case KeyAction::Shift: m_shift = !m_shift; return;
    case KeyAction::Backspace: utf8PopBack(value); return;
    case KeyAction::Space:
      if (utf8Length(value) < m_max) value += ' ';
      return;
    case KeyAction::Insert: {
      const std::string& typed = m_shift && !key.shifted.empty() ? key.shifted : key.text;
      if (utf8Length(value) + utf8Length(typed) <= m_max) value += typed;
      m_shift = false;  // one-shot, like a phone keyboard
      return;
    }
    case KeyAction::Next:
    case KeyAction::Symbols:
    case KeyAction::Letters: return;
  }
}

}  // namespace kiosk::core
