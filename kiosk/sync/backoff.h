// SyncBackoff: when the next in-process sync runs. Every `interval` while the server answers;
// after n failures in a row, interval·2ⁿ capped at `max`, with "equal jitter" (a random point
// in the upper half) so a fleet that lost its server at the same moment does not come back
// in lockstep. Deterministic for a given seed, so tests can check the numbers.
#pragma once

#include <chrono>
#include <cstdint>
#include <random>

namespace kiosk::sync {

class SyncBackoff {
 public:
  using Duration = std::chrono::milliseconds;

  SyncBackoff(Duration interval, Duration max, std::uint64_t seed = std::random_device{}());

  // Records the outcome of an attempt; returns how long to wait before the next one.
  Duration after(bool succeeded);
  [[nodiscard]] int failuresInARow() const { return m_failures; }
  // The un-jittered ceiling after `failures` failures in a row (for tests and logs).
  [[nodiscard]] Duration ceiling(int failures) const;

 private:
  Duration m_interval;
  Duration m_max;
  int m_failures = 0;
  std::mt19937_64 m_random;
};

}  // namespace kiosk::sync
