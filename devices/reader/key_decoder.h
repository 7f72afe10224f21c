// HidKeyDecoder: boot-keyboard reports in, key presses out. A report lists the keys held *now*, so a
// press is a usage that was not in the previous report: a key held over several reports types once,
// "AA" needs a release report in between, and with rollover ([a] then [a,b]) only b is new.
// Readers that cannot type a character on their layout send it as Alt+keypad digits (Alt held,
// digits, Alt released); that becomes one character on the Alt release.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "devices/reader/hid_layout.h"
#include "devices/reader/hid_report.h"

namespace kiosk::devices::reader {

struct KeyEvent {
  enum class Kind {
    Text,   // printable UTF-8 in `text`
    Enter,  // Enter or keypad Enter: the usual scan terminator
    Tab,
    Other,  // no printable text: Esc, F-keys, arrows, Ctrl/Alt shortcuts, control codes
  };
  Kind kind = Kind::Other;
  std::string text;
  std::uint8_t usage = 0;  // the key (0 for an Alt+numpad character)
  bool operator==(const KeyEvent&) const = default;
};

class HidKeyDecoder {
 public:
  explicit HidKeyDecoder(HidLayout layout) : m_layout(layout) {}

  [[nodiscard]] std::vector<KeyEvent> feed(const HidReport& report);
  // Forget held keys and a half-typed Alt code: the device went away or was reopened.
  void reset();

  [[nodiscard]] HidLayout layout() const { return m_layout; }

 private:
  KeyEvent press(std::uint8_t usage, std::uint8_t modifiers);
  KeyEvent finishAltCode();

  HidLayout m_layout;
  std::array<std::uint8_t, 6> m_held{};
  bool m_altCodeActive = false;
  bool m_altCodeLeadingZero = false;
  int m_altCode = 0;
};

}  // namespace kiosk::devices::reader
