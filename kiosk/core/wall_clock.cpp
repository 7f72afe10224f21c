#include "kiosk/core/wall_clock.h"

#include <cstdio>
#include <string>

namespace kiosk::core {

WallClock WallClock::startingAt(std::time_t start) {
  WallClock clock;
  clock.m_offset = std::chrono::system_clock::from_time_t(start) - std::chrono::system_clock::now();
  return clock;
}

std::time_t WallClock::now() const {
  return std::chrono::system_clock::to_time_t(std::chrono::system_clock::now() + m_offset);
}

std::optional<std::time_t> parseLocalDateTime(std::string_view text) {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  char sep = 0;
  const std::string s(text);
  int used = 0;
  const int fields = std::sscanf(s.c_str(), "%4d-%2d-%2d%c%2d:%2d%n:%2d%n", &year, &month, &day, &sep, &hour, &minute,
                                 &used, &second, &used);
  if (fields < 6 || (sep != 'T' && sep != ' ') || static_cast<std::size_t>(used) != s.size()) return std::nullopt;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return std::nullopt;
  std::tm tm{};
  tm.tm_year = year - 1900;
  tm.tm_mon = month - 1;
  tm.tm_mday = day;
  tm.tm_hour = hour;
  tm.tm_min = minute;
  tm.tm_sec = second;
  tm.tm_isdst = -1;
  const std::time_t t = std::mktime(&tm);
  if (t == static_cast<std::time_t>(-1)) return std::nullopt;
  return t;
}

}  // namespace kiosk::core
