#include "kiosk/core/loop_clock.h"

#include <algorithm>
#include <climits>
#include <cmath>

namespace kiosk::core {

LoopClock::LoopClock(double scale, Clock::time_point origin) : m_scale(std::max(scale, 1e-3)), m_origin(origin) {}

LoopClock::Clock::time_point LoopClock::toLoop(Clock::time_point real) const {
  if (m_scale == 1.0) return real;
  const auto elapsed = std::chrono::duration<double>(real - m_origin) * m_scale;
  return m_origin + std::chrono::duration_cast<Clock::duration>(elapsed);
}

int LoopClock::realMs(int loopMs) const {
  if (loopMs <= 0 || m_scale == 1.0) return std::max(loopMs, 0);
  return static_cast<int>(std::min<double>(std::ceil(loopMs / m_scale), INT_MAX));
}

}  // namespace kiosk::core
