// Stored times are UTC ISO-8601 text with milliseconds, which sorts as it reads. Days the
// staff think in ("leads of 17 May") are local days, turned into UTC bounds here.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "kiosk/leads/lead.h"

namespace kiosk::leads {

// "2024-05-17T09:30:12.345Z"
[[nodiscard]] std::string formatUtc(Clock::time_point at);
[[nodiscard]] std::optional<Clock::time_point> parseUtc(std::string_view text);

// "2024-05-17" (local) -> the UTC instant of its local midnight, as formatUtc text.
[[nodiscard]] std::optional<std::string> localDayStartUtc(std::string_view day);
// The local day after `day`, "2024-05-18"; nullopt if `day` is not YYYY-MM-DD.
[[nodiscard]] std::optional<std::string> nextDay(std::string_view day);

// `at` minus whole calendar months (31 March - 1 month = 28/29 February).
[[nodiscard]] Clock::time_point monthsBefore(Clock::time_point at, int months);

// Broken-down local time of a stored UTC time, for spreadsheet dates.
struct LocalDateTime {
  int year = 0, month = 0, day = 0, hour = 0, minute = 0;
  double second = 0;
};
[[nodiscard]] std::optional<LocalDateTime> toLocal(std::string_view utcText);

}  // namespace kiosk::leads
