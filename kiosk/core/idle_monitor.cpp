#include "kiosk/core/idle_monitor.h"

namespace kiosk::core {

IdleMonitor::IdleMonitor(std::chrono::milliseconds promptAfter, std::chrono::milliseconds resetAfterPrompt)
    : m_promptAfter(promptAfter), m_resetAfterPrompt(resetAfterPrompt) {}

void IdleMonitor::arm(Clock::time_point now) {
  if (m_phase == Phase::Disarmed || m_phase == Phase::Expired) {
    m_phase = Phase::Active;
    m_lastActivity = now;
  }
}

void IdleMonitor::disarm() { m_phase = Phase::Disarmed; }

void IdleMonitor::activity(Clock::time_point now) {
  m_lastActivity = now;
  if (m_phase == Phase::Prompting) m_phase = Phase::Active;
}

IdleMonitor::Phase IdleMonitor::update(Clock::time_point now) {
  if (m_phase == Phase::Active && now - m_lastActivity >= m_promptAfter) m_phase = Phase::Prompting;
  if (m_phase == Phase::Prompting && now - m_lastActivity >= m_promptAfter + m_resetAfterPrompt) {
    m_phase = Phase::Expired;
  }
  return m_phase;
}

std::chrono::milliseconds IdleMonitor::untilReset(Clock::time_point now) const {
  const auto left = m_lastActivity + m_promptAfter + m_resetAfterPrompt - now;
  return left.count() > 0 ? std::chrono::ceil<std::chrono::milliseconds>(left) : std::chrono::milliseconds(0);
}

std::optional<IdleMonitor::Clock::time_point> IdleMonitor::nextDeadline() const {
  switch (m_phase) {
    case Phase::Active: return m_lastActivity + m_promptAfter;
    case Phase::Prompting: return m_lastActivity + m_promptAfter + m_resetAfterPrompt;
    case Phase::Disarmed:
    case Phase::Expired: return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace kiosk::core
