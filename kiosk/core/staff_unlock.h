// StaffUnlock: after staff typed the PIN on a demo screen, their next taps there (pause, cancel,
// the next "bed is clear") need no PIN for a while; it ends on its own so a visitor who steps up
// later cannot use it. Pure, driven by the caller's clock.
#pragma once

#include <chrono>
#include <optional>

namespace kiosk::core {

class StaffUnlock {
 public:
  using Clock = std::chrono::steady_clock;

  explicit StaffUnlock(std::chrono::milliseconds duration = std::chrono::minutes(3)) : m_duration(duration) {}

  void unlock(Clock::time_point now) { m_until = now + m_duration; }
  void lock() { m_until.reset(); }
  [[nodiscard]] bool isUnlocked(Clock::time_point now) const { return m_until && now < *m_until; }
  // When the unlock ends (to redraw the padlock then), if it is on.
  [[nodiscard]] std::optional<Clock::time_point> endsAt() const { return m_until; }

 private:
  std::chrono::milliseconds m_duration;
  std::optional<Clock::time_point> m_until;
};

}  // namespace kiosk::core
