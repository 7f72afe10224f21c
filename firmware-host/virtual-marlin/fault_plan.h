// FaultPlan: the faults a run injects, parsed from "--faults corrupt=0.01,drop-ok=0.001,reset-at=500,...".
// Random faults are decided by hashing (seed, line number), not by a running RNG, so two hosts that send
// the same numbered lines see the same faults at the same lines.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pid::firmware {

struct FaultPlan {
  double corruptRate = 0.0;             // corrupt=P: a received numbered line gets one byte flipped
  double dropOkRate = 0.0;              // drop-ok=P: the ok of an accepted line is never sent
  std::optional<long> resetAt;          // reset-at=N: firmware reboots when line N arrives (banner again)
  std::optional<long> runawayAt;        // runaway-at=N: thermal runaway kill when line N arrives
  std::optional<long> disconnectAt;     // disconnect-at=N: the pty closes when line N arrives
  std::optional<long> resendLoopAt;     // resend-loop-at=N: line N is always reported corrupted
  std::optional<double> reappearAfterS; // reappear-after=S: after a disconnect, a new pty at the same link
  bool deadHeater = false;              // dead-heater: the hotend never heats, and the firmware does not notice
  bool resendWithoutOk = false;         // resend-without-ok: no "ok" after "Resend:" (old Prusa / 2.0.x)
  std::uint64_t seed = 1;

  // True when line `n` should be corrupted on its first arrival.
  [[nodiscard]] bool corrupts(long n) const;
  [[nodiscard]] bool dropsOk(long n) const;
};

// Parses SPEC; on error returns nullopt and fills `error`.
[[nodiscard]] std::optional<FaultPlan> parseFaultPlan(std::string_view spec, std::uint64_t seed, std::string& error);

}  // namespace pid::firmware
