// IdleMonitor: a visitor who walks away. After promptAfter without a touch it asks
// "Are you still there?"; resetAfterPrompt later the session expires. Any touch counts.
#pragma once

#include <chrono>
#include <optional>

namespace kiosk::core {

class IdleMonitor {
 public:
  using Clock = std::chrono::steady_clock;
  enum class Phase { Disarmed, Active, Prompting, Expired };

  IdleMonitor(std::chrono::milliseconds promptAfter, std::chrono::milliseconds resetAfterPrompt);

  void arm(Clock::time_point now);  // a visitor session is under way
  void disarm();                    // attract loop, staff panel
  void activity(Clock::time_point now);
  Phase update(Clock::time_point now);

  [[nodiscard]] Phase phase() const { return m_phase; }
  [[nodiscard]] std::chrono::milliseconds untilReset(Clock::time_point now) const;
  // When update() must next run for the phase to change on time.
  [[nodiscard]] std::optional<Clock::time_point> nextDeadline() const;

 private:
  const std::chrono::milliseconds m_promptAfter;
  const std::chrono::milliseconds m_resetAfterPrompt;
  Phase m_phase = Phase::Disarmed;
  Clock::time_point m_lastActivity{};
};

}  // namespace kiosk::core
