// Fuzzes the on-screen keyboard's typing model (kiosk/core/keyboard_layout.*): arbitrary
// bytes as field contents (UTF-8 length, backspace) and arbitrary key sequences on every layout.
#include "kiosk/core/keyboard_layout.h"
#include "tests/fuzz/fuzz_support.h"

#include <algorithm>

using namespace kiosk::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  const auto split = std::min<std::size_t>(data[0], size - 1);
  std::string value(kiosk::fuzz::asText(data + 1, split));
  const std::size_t before = utf8Length(value);
  const std::size_t bytesBefore = value.size();
  utf8PopBack(value);
  if (value.size() > bytesBefore || (bytesBefore > 0 && value.size() == bytesBefore)) __builtin_trap();
  if (before > 0 && utf8Length(value) > before) __builtin_trap();

  // The rest drives key presses: language, mode, page, then a row and key index per byte pair.
  const std::uint8_t* keys = data + 1 + split;
  std::size_t left = size - 1 - split;
  if (left < 1) return 0;
  const std::string_view language = keys[0] & 1 ? "en" : "it";
  const auto mode = static_cast<KeyboardMode>((keys[0] >> 1) % 3);
  auto page = (keys[0] >> 3) & 1 ? KeyboardPage::Symbols : KeyboardPage::Letters;
  const std::size_t maxCodePoints = 1 + (keys[0] >> 4);
  const std::size_t startLength = utf8Length(value);
  KeyboardTyping typing(maxCodePoints);
  ++keys;
  --left;
  for (; left >= 2; keys += 2, left -= 2) {
    const auto& rows = keyboardRows(language, mode, page);
    if (rows.empty()) break;
    const KeyRow& row = rows[keys[0] % rows.size()];
    if (row.empty()) continue;
    const Key& key = row[keys[1] % row.size()];
    if (key.action == KeyAction::Symbols) page = KeyboardPage::Symbols;
    if (key.action == KeyAction::Letters) page = KeyboardPage::Letters;
    typing.press(key, value);
  }
  if (utf8Length(value) > std::max(maxCodePoints, startLength)) __builtin_trap();  // the field limit holds
  return 0;
}
