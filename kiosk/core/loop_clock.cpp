#include "kiosk/core/loop_clock.h"

#include <algorithm>
#include <climits>
#include <cmath>

namespace kiosk::core {

LoopClock::LoopClock(double scale, Clock::time_point origin)
    : m_scale(std::max(scale, 1e-3)), m_lastReal(origin), m_now(origin) {}

void LoopClock::tick(int waitedLoopMs, Clock::time_point real) {
  if (m_scale == 1.0 || real <= m_lastReal) return;
  const auto scaled = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(real - m_lastReal) * m_scale);
  const Clock::duration allowed = std::max<Clock::duration>(std::chrono::milliseconds(std::max(waitedLoopMs, 0)), kMaxBusyStep);
  m_now += std::min(scaled, allowed);
  m_lastReal = real;
}

LoopClock::Clock::time_point LoopClock::toLoop(Clock::time_point real) const {
  if (m_scale == 1.0) return real;
  return m_now + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(real - m_lastReal) * m_scale);
}

int LoopClock::realMs(int loopMs) const {
  if (loopMs <= 0 || m_scale == 1.0) return std::max(loopMs, 0);
  return static_cast<int>(std::min<double>(std::ceil(loopMs / m_scale), INT_MAX));
}

}  // namespace kiosk::core
