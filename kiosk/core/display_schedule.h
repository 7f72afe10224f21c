// DisplaySchedule: the opening hours from [display.schedule], one list of time windows per
// weekday. Outside them the kiosk blanks its screen (see README "Display power schedule").
// A window whose end is not after its start ("22:00-02:00") runs past midnight and belongs
// to the day it starts on, so Friday's "22:00-02:00" keeps Saturday 01:00 open.
#pragma once

#include <array>
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/time_window.h"

namespace kiosk::core {

class DisplaySchedule {
 public:
  static constexpr std::array<std::string_view, 7> kDayKeys{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

  // An empty schedule (nothing configured) is always open.
  [[nodiscard]] bool configured() const { return m_configured; }
  // day: 0 = Monday .. 6 = Sunday. An empty list closes that day (unless yesterday's window runs into it).
  void setDay(int day, std::vector<TimeWindow> windows);
  [[nodiscard]] const std::vector<TimeWindow>& day(int index) const { return m_days.at(static_cast<std::size_t>(index)); }

  [[nodiscard]] bool isOpenAt(const std::tm& local) const;
  [[nodiscard]] bool isOpenAt(std::time_t when) const;

 private:
  std::array<std::vector<TimeWindow>, 7> m_days;
  bool m_configured = false;
};

}  // namespace kiosk::core
