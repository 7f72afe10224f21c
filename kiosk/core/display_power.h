// DisplayPower: blank or awake, from the opening hours and touches. Outside the hours the
// screen is blank; a touch wakes it for `wakeFor` (each further touch extends that) and is
// swallowed, so the wake-up tap never presses what happens to be under the finger.
#pragma once

#include <chrono>

namespace kiosk::core {

class DisplayPower {
 public:
  using Clock = std::chrono::steady_clock;

  explicit DisplayPower(std::chrono::milliseconds wakeFor) : m_wakeFor(wakeFor) {}

  // `open`: the schedule's verdict now. Returns true when blank() changed.
  bool update(bool open, Clock::time_point now);
  // A finger or button went down. Returns true when it woke the screen (the UI must not see it).
  bool touch(bool open, Clock::time_point now);

  [[nodiscard]] bool blank() const { return m_blank; }
  // While woken outside the hours: when it blanks again unless touched.
  [[nodiscard]] Clock::time_point awakeUntil() const { return m_awakeUntil; }

 private:
  std::chrono::milliseconds m_wakeFor;
  Clock::time_point m_awakeUntil{};
  bool m_blank = false;
};

}  // namespace kiosk::core
