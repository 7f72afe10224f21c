// On-screen keyboard layouts: the kiosk runs under cage, which has no system keyboard.
// Pure data and editing rules (no drawing), so the typing behaviour is unit-tested.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kiosk::core {

enum class KeyAction { Insert, Backspace, Shift, Space, Next, Symbols, Letters };

struct Key {
  std::string text;         // what Insert types (lower case); the label for the others
  std::string shifted;      // what Insert types with shift; empty: same as text
  KeyAction action = KeyAction::Insert;
  float width = 1.0f;       // in key units
};

using KeyRow = std::vector<Key>;

// Text: names, company, notes. Email adds a row of @ . _ - .it .com and never auto-capitalises.
// Phone is a numeric pad with + and space.
enum class KeyboardMode { Text, Email, Phone };
enum class KeyboardPage { Letters, Symbols };

// Layout for a language ("it", "en"; others get "en"). The Italian layout has è ò à ù on
// their own keys like an Italian keyboard; every layout reaches the other accents on Symbols.
[[nodiscard]] const std::vector<KeyRow>& keyboardRows(std::string_view language, KeyboardMode mode,
                                                      KeyboardPage page);

// Typing into a UTF-8 string: one-shot shift, backspace by code point, a length cap in code points.
class KeyboardTyping {
 public:
  explicit KeyboardTyping(std::size_t maxCodePoints = 120) : m_max(maxCodePoints) {}

  // Applies an Insert/Backspace/Space/Shift key to `value`; other keys are the caller's.
  void press(const Key& key, std::string& value);
  void setShift(bool on) { m_shift = on; }
  [[nodiscard]] bool shift() const { return m_shift; }

 private:
  std::size_t m_max;
  bool m_shift = false;
};

[[nodiscard]] std::size_t utf8Length(std::string_view text);
// Removes the last code point (not the last byte: "à" is two bytes).
void utf8PopBack(std::string& text);

}  // namespace kiosk::core
