#include "kiosk/sync/backoff.h"

#include <algorithm>

namespace kiosk::sync {

SyncBackoff::SyncBackoff(Duration interval, Duration max, std::uint64_t seed)
    : m_interval(interval), m_max(std::max(max, interval)), m_random(seed) {}

SyncBackoff::Duration SyncBackoff::ceiling(int failures) const {
  if (failures <= 0) return m_interval;
  // Doubling stops once the cap is reached: no overflow however long the server stays away.
  Duration delay = m_interval;
  for (int i = 0; i < failures && delay < m_max; ++i) delay *= 2;
  return std::min(delay, m_max);
}

SyncBackoff::Duration SyncBackoff::after(bool succeeded) {
  if (succeeded) {
    m_failures = 0;
    return m_interval;
  }
  ++m_failures;
  const Duration top = ceiling(m_failures);
  std::uniform_int_distribution<long long> half(top.count() / 2, top.count());
  return Duration(half(m_random));
}

}  // namespace kiosk::sync
