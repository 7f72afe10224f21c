// TimeWindow: a daily time window like "08:30-19:00", shared by the display's opening hours and
// the media schedules. A window whose end is not after its start ("22:00-02:00") runs past
// midnight and belongs to the day it starts on.
#pragma once

#include <string>
#include <string_view>

#include <tl/expected.hpp>

namespace kiosk::core {

struct TimeWindow {
  int from = 0;  // minutes after midnight, 0..1439
  int to = 0;    // 1..1440; not after `from`: ends on the next day
  [[nodiscard]] bool crossesMidnight() const { return to <= from; }
  // `minute` (after local midnight) is inside the part of the window on its own day.
  [[nodiscard]] bool coversSameDay(int minute) const { return minute >= from && (crossesMidnight() || minute < to); }
  // `minute` is inside the part that spilled over from the day before.
  [[nodiscard]] bool coversFromDayBefore(int minute) const { return crossesMidnight() && minute < to; }
};

// "HH:MM-HH:MM" (24:00 allowed as an end).
[[nodiscard]] tl::expected<TimeWindow, std::string> parseTimeWindow(std::string_view text);

}  // namespace kiosk::core
