// LoopClock: the UI thread's time. Normally the real steady clock; for soak runs
// (kiosk --time-scale K) a clock that runs K times faster, so idle timeouts, animations, long
// presses and script waits pass K times sooner while every code path stays the one a visitor
// drives. Workers (database, printer, media decoding) keep real time.
//
// Scaled time moves only at tick(): by the real time since the last tick times K, but by no more
// than the wait the loop asked for, or kMaxBusyStep when it was busy drawing. A machine that
// stalls for a second (a loaded CI box) is then not taken for a visitor who walked away.
#pragma once

#include <chrono>

namespace kiosk::core {

class LoopClock {
 public:
  using Clock = std::chrono::steady_clock;
  static constexpr std::chrono::milliseconds kMaxBusyStep{100};

  explicit LoopClock(double scale = 1.0, Clock::time_point origin = Clock::now());

  [[nodiscard]] Clock::time_point now() const { return m_scale == 1.0 ? Clock::now() : m_now; }
  // After the loop's wait for `waitedLoopMs` (0: it did not sleep) has ended, early or not.
  void tick(int waitedLoopMs, Clock::time_point real = Clock::now());
  // A real instant (systemd's next watchdog ping) on this clock.
  [[nodiscard]] Clock::time_point toLoop(Clock::time_point real) const;
  // Real milliseconds to sleep for loopMs of loop time, rounded up so a wait never ends early.
  [[nodiscard]] int realMs(int loopMs) const;

 private:
  double m_scale;
  Clock::time_point m_lastReal;  // the real instant of the last tick
  Clock::time_point m_now;       // loop time at the last tick
};

}  // namespace kiosk::core
