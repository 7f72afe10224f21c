#include "kiosk/core/display_schedule.h"

namespace kiosk::core {
void DisplaySchedule::setDay(int day, std::vector<TimeWindow> windows) {
  m_days.at(static_cast<std::size_t>(day)) = std::move(windows);
  m_configured = true;
}

bool DisplaySchedule::isOpenAt(const std::tm& local) const {
  if (!m_configured) return true;
  const int minute = local.tm_hour * 60 + local.tm_min;
  const int today = (local.tm_wday + 6) % 7;  // tm_wday: 0 = Sunday
  const int yesterday = (today + 6) % 7;
  for (const TimeWindow& w : m_days[static_cast<std::size_t>(today)]) {
    if (w.coversSameDay(minute)) return true;
  }
  for (const TimeWindow& w : m_days[static_cast<std::size_t>(yesterday)]) {
    if (w.coversFromDayBefore(minute)) return true;
  }
  return false;
}

bool DisplaySchedule::isOpenAt(std::time_t when) const {
  std::tm local{};
  localtime_r(&when, &local);
  return isOpenAt(local);
}

}  // namespace kiosk::core
