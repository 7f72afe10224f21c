#include "kiosk/media/schedule.h"

namespace kiosk::media {
namespace {

bool dayAllowed(const Schedule& schedule, const Date& date, int weekday) {
  if (schedule.from && date < *schedule.from) return false;
  if (schedule.until && date > *schedule.until) return false;
  return (schedule.weekdays >> weekday) & 1U;
}

}  // namespace

CivilTime civilTimeOf(std::time_t instant) {
  std::tm local{};
  localtime_r(&instant, &local);
  return CivilTime{{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday}, (local.tm_wday + 6) % 7,
                   local.tm_hour * 60 + local.tm_min};
}

CivilTime previousDay(const CivilTime& time) {
  // Noon of the day before, through timegm: calendar arithmetic only, no time zone involved.
  std::tm day{};
  day.tm_year = time.date.year - 1900;
  day.tm_mon = time.date.month - 1;
  day.tm_mday = time.date.day - 1;
  day.tm_hour = 12;
  const std::time_t t = timegm(&day);
  std::tm back{};
  gmtime_r(&t, &back);
  return CivilTime{{back.tm_year + 1900, back.tm_mon + 1, back.tm_mday}, (back.tm_wday + 6) % 7, time.minute};
}

bool isActive(const Schedule& schedule, const CivilTime& now) {
  if (schedule.hours.empty()) return dayAllowed(schedule, now.date, now.weekday);
  for (const TimeWindow& window : schedule.hours) {
    // 22:00-02:00: the evening part today, the small hours as part of yesterday's window.
    if (window.coversSameDay(now.minute) && dayAllowed(schedule, now.date, now.weekday)) return true;
    if (window.coversFromDayBefore(now.minute)) {
      const CivilTime yesterday = previousDay(now);
      if (dayAllowed(schedule, yesterday.date, yesterday.weekday)) return true;
    }
  }
  return false;
}

bool isActive(const MediaItem& item, const CivilTime& now) { return !item.schedule || isActive(*item.schedule, now); }

}  // namespace kiosk::media
