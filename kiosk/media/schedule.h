// Schedule evaluation in local civil time (what a venue's opening hours are written in).
// Evaluating the civil fields, not instants, keeps windows right across DST changes: on the
// spring-forward day a window 01:00-04:00 is open for two real hours, and 02:30 never happens.
#pragma once

#include <ctime>

#include "kiosk/media/media_item.h"

namespace kiosk::media {

struct CivilTime {
  Date date;
  int weekday = 0;  // 0 = Monday ... 6 = Sunday
  int minute = 0;   // minutes after local midnight
};

// The local time (TZ of the process) of an instant.
[[nodiscard]] CivilTime civilTimeOf(std::time_t instant);
// The day before `date`, with its weekday (for windows that began yesterday).
[[nodiscard]] CivilTime previousDay(const CivilTime& time);

// True when an item with this schedule may play at `now`. A window running past midnight
// belongs to the day it started: its date range and weekday are checked on that day.
[[nodiscard]] bool isActive(const Schedule& schedule, const CivilTime& now);
[[nodiscard]] bool isActive(const MediaItem& item, const CivilTime& now);

}  // namespace kiosk::media
