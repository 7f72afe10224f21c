// LoopClock: the UI thread's time. Normally the real steady clock; for soak runs
// (kiosk --time-scale K) a clock that runs K times faster from the start, so idle timeouts,
// animations, long presses and script waits pass K times sooner while every code path stays
// the one a visitor drives. Workers (database, printer, media decoding) keep real time.
#pragma once

#include <chrono>

namespace kiosk::core {

class LoopClock {
 public:
  using Clock = std::chrono::steady_clock;

  explicit LoopClock(double scale = 1.0, Clock::time_point origin = Clock::now());

  [[nodiscard]] Clock::time_point now() const { return toLoop(Clock::now()); }
  // A real instant (a worker's or systemd's deadline) on this clock.
  [[nodiscard]] Clock::time_point toLoop(Clock::time_point real) const;
  // Real milliseconds to sleep for loopMs of loop time, rounded up so a wait never ends early.
  [[nodiscard]] int realMs(int loopMs) const;
  [[nodiscard]] double scale() const { return m_scale; }

 private:
  double m_scale;
  Clock::time_point m_origin;
};

}  // namespace kiosk::core
