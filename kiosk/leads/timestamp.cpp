#include "kiosk/leads/timestamp.h"

#include <cstdio>
#include <ctime>

namespace kiosk::leads {
namespace {

std::optional<int> number(std::string_view text, std::size_t at, std::size_t length) {
  if (at + length > text.size()) return std::nullopt;
  int value = 0;
  for (std::size_t i = at; i < at + length; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

std::optional<std::chrono::year_month_day> parseDay(std::string_view day) {
  if (day.size() != 10 || day[4] != '-' || day[7] != '-') return std::nullopt;
  const auto y = number(day, 0, 4), m = number(day, 5, 2), d = number(day, 8, 2);
  if (!y || !m || !d) return std::nullopt;
  const std::chrono::year_month_day ymd{std::chrono::year{*y}, std::chrono::month{static_cast<unsigned>(*m)},
                                        std::chrono::day{static_cast<unsigned>(*d)}};
  return ymd.ok() ? std::optional(ymd) : std::nullopt;
}

}  // namespace

std::string formatUtc(Clock::time_point at) {
  using namespace std::chrono;
  const auto ms = floor<milliseconds>(at);
  const auto dayPoint = floor<days>(ms);
  const year_month_day ymd{dayPoint};
  const hh_mm_ss time{ms - dayPoint};
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()), static_cast<int>(time.hours().count()),
                static_cast<int>(time.minutes().count()), static_cast<int>(time.seconds().count()),
                static_cast<int>(time.subseconds().count()));
  return text;
}

std::optional<Clock::time_point> parseUtc(std::string_view text) {
  using namespace std::chrono;
  if (text.size() != 24 || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != '.' || text[23] != 'Z')
    return std::nullopt;
  const auto day = parseDay(text.substr(0, 10));
  const auto h = number(text, 11, 2), mi = number(text, 14, 2), s = number(text, 17, 2), ms = number(text, 20, 3);
  if (!day || !h || !mi || !s || !ms || *h > 23 || *mi > 59 || *s > 60) return std::nullopt;
  return time_point_cast<Clock::duration>(sys_days{*day} + hours{*h} + minutes{*mi} + seconds{*s} + milliseconds{*ms});
}

std::optional<std::string> localDayStartUtc(std::string_view day) {
  const auto ymd = parseDay(day);
  if (!ymd) return std::nullopt;
  std::tm local{};
  local.tm_year = static_cast<int>(ymd->year()) - 1900;
  local.tm_mon = static_cast<int>(static_cast<unsigned>(ymd->month())) - 1;
  local.tm_mday = static_cast<int>(static_cast<unsigned>(ymd->day()));
  local.tm_isdst = -1;  // let the zone rules decide (CET/CEST)
  const std::time_t t = std::mktime(&local);
  if (t == static_cast<std::time_t>(-1)) return std::nullopt;
  return formatUtc(Clock::from_time_t(t));
}

std::optional<std::string> nextDay(std::string_view day) {
  const auto ymd = parseDay(day);
  if (!ymd) return std::nullopt;
  const std::chrono::year_month_day next{std::chrono::sys_days{*ymd} + std::chrono::days{1}};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(next.year()), static_cast<unsigned>(next.month()),
                static_cast<unsigned>(next.day()));
  return std::string(text);
}

Clock::time_point monthsBefore(Clock::time_point at, int months) {
  using namespace std::chrono;
  const auto dayPoint = floor<days>(at);
  const auto timeOfDay = at - dayPoint;
  year_month_day ymd{dayPoint};
  ymd -= std::chrono::months{months};
  if (!ymd.ok()) ymd = year_month_day_last{ymd.year(), month_day_last{ymd.month()}};
  return sys_days{ymd} + timeOfDay;
}

std::optional<LocalDateTime> toLocal(std::string_view utcText) {
  const auto at = parseUtc(utcText);
  if (!at) return std::nullopt;
  const std::time_t t = Clock::to_time_t(*at);
  std::tm local{};
  if (!localtime_r(&t, &local)) return std::nullopt;
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(*at - Clock::from_time_t(t)).count();
  return LocalDateTime{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday, local.tm_hour, local.tm_min,
                       local.tm_sec + static_cast<double>(ms) / 1000.0};
}

}  // namespace kiosk::leads
