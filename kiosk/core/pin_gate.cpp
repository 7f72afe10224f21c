#include "kiosk/core/pin_gate.h"

#include <algorithm>

#include <spdlog/spdlog.h>

namespace kiosk::core {

PinGate::PinGate(PinPolicy policy, Verifier verifier) : m_policy(policy), m_verifier(std::move(verifier)) {}

void PinGate::expireLockout(Clock::time_point now) {
  if (m_lockedOut && now >= m_blockedUntil) {
    m_lockedOut = false;
    m_failures = 0;
  }
}

PinGate::Outcome PinGate::submit(std::string_view pin, Clock::time_point now) {
  expireLockout(now);
  if (m_lockedOut) return Outcome::LockedOut;
  if (now < m_blockedUntil) return Outcome::Throttled;
  if (m_verifier && m_verifier(pin)) {
    m_failures = 0;
    spdlog::info("staff: PIN accepted");
    return Outcome::Accepted;
  }
  ++m_failures;
  if (m_failures >= m_policy.maxAttempts) {
    m_lockedOut = true;
    m_blockedUntil = now + m_policy.lockout;
    spdlog::warn("staff: {} wrong PINs, pad locked for {} s", m_failures,
                 std::chrono::duration_cast<std::chrono::seconds>(m_policy.lockout).count());
    return Outcome::LockedOut;
  }
  const int doublings = std::min(m_failures - 1, 20);
  m_blockedUntil = now + m_policy.backoffBase * (1LL << doublings);
  spdlog::warn("staff: wrong PIN ({} of {})", m_failures, m_policy.maxAttempts);
  return Outcome::Rejected;
}

bool PinGate::isLockedOut(Clock::time_point now) const { return m_lockedOut && now < m_blockedUntil; }

std::chrono::milliseconds PinGate::waitRemaining(Clock::time_point now) const {
  if (now >= m_blockedUntil) return std::chrono::milliseconds(0);
  return std::chrono::ceil<std::chrono::milliseconds>(m_blockedUntil - now);
}

}  // namespace kiosk::core
