// PinGate: the staff PIN policy. Each wrong PIN doubles the wait before the next try
// (base, 2x base, 4x base, ...); the max-th wrong PIN locks the pad out for a long time.
#pragma once

#include <chrono>
#include <functional>
#include <string_view>

namespace kiosk::core {

struct PinPolicy {
  int maxAttempts = 5;
  std::chrono::milliseconds backoffBase{1'000};
  std::chrono::milliseconds lockout{15 * 60'000};
};

class PinGate {
 public:
  using Clock = std::chrono::steady_clock;
  using Verifier = std::function<bool(std::string_view pin)>;
  enum class Outcome { Accepted, Rejected, Throttled, LockedOut };

  PinGate(PinPolicy policy, Verifier verifier);

  // Throttled/LockedOut: the PIN was not even checked.
  Outcome submit(std::string_view pin, Clock::time_point now);

  [[nodiscard]] bool isLockedOut(Clock::time_point now) const;
  // How long until the pad accepts the next try (zero when it does now).
  [[nodiscard]] std::chrono::milliseconds waitRemaining(Clock::time_point now) const;
  [[nodiscard]] int failures() const { return m_failures; }
  [[nodiscard]] int attemptsLeft() const { return m_policy.maxAttempts - m_failures; }

 private:
  void expireLockout(Clock::time_point now);

  PinPolicy m_policy;
  Verifier m_verifier;
  int m_failures = 0;
  bool m_lockedOut = false;
  Clock::time_point m_blockedUntil{};
};

}  // namespace kiosk::core
