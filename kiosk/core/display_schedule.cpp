#include "kiosk/core/display_schedule.h"

#include <cstdio>

namespace kiosk::core {
namespace {

bool parseClock(std::string_view text, int& minutes) {
  if (text.size() != 5 || text[2] != ':') return false;
  for (std::size_t i : {0u, 1u, 3u, 4u}) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  const int hours = (text[0] - '0') * 10 + (text[1] - '0');
  const int mins = (text[3] - '0') * 10 + (text[4] - '0');
  if (mins > 59 || hours > 24 || (hours == 24 && mins != 0)) return false;
  minutes = hours * 60 + mins;
  return true;
}

}  // namespace

tl::expected<TimeWindow, std::string> parseTimeWindow(std::string_view text) {
  const auto dash = text.find('-');
  TimeWindow window;
  if (dash == std::string_view::npos || !parseClock(text.substr(0, dash), window.from) ||
      !parseClock(text.substr(dash + 1), window.to)) {
    return tl::unexpected("'" + std::string(text) + "' is not a time window like \"08:30-19:00\"");
  }
  if (window.from == 1440) return tl::unexpected("'" + std::string(text) + "' starts at 24:00; write 00:00");
  if (window.from == window.to) return tl::unexpected("'" + std::string(text) + "' is empty");
  return window;
}

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
    if (w.crossesMidnight() ? minute >= w.from : (minute >= w.from && minute < w.to)) return true;
  }
  for (const TimeWindow& w : m_days[static_cast<std::size_t>(yesterday)]) {
    if (w.crossesMidnight() && minute < w.to) return true;
  }
  return false;
}

bool DisplaySchedule::isOpenAt(std::time_t when) const {
  std::tm local{};
  localtime_r(&when, &local);
  return isOpenAt(local);
}

}  // namespace kiosk::core
