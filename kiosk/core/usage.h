// Anonymous usage counts for the staff dashboard: how many visits, demo runs, assessments and
// leads per day and per event. Counts only: no time finer than the day, no personal data, no
// free text (the subject is a screen or demo id from the program or its content).
#pragma once

#include <cstdint>
#include <ctime>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::core {

enum class UsageKind { Session, ScreenVisit, Demo, Assessment, Lead };

[[nodiscard]] std::string_view toString(UsageKind kind);
[[nodiscard]] std::optional<UsageKind> parseUsageKind(std::string_view name);

struct UsageEvent {
  UsageKind kind = UsageKind::Session;
  std::string subject;  // screen or demo id; "" for the others
  std::string day;      // local date "YYYY-MM-DD" when it happened
  std::string event;    // the staff-set event name at the time ("" = none)
};

struct UsageTotals {
  int sessions = 0;
  int screenVisits = 0;
  int demos = 0;
  int assessments = 0;
  int leads = 0;

  void add(UsageKind kind, int count);
  [[nodiscard]] int of(UsageKind kind) const;
};

struct UsageDay {
  std::string day;  // "YYYY-MM-DD"
  UsageTotals totals;
};

// What the dashboard shows; built by the usage worker (or from sample data for screenshots).
struct UsageSummary {
  std::string today;        // the day the summary was made for
  UsageTotals todayTotals;
  std::string event;        // "" = no event set: eventTotals then covers every day
  UsageTotals eventTotals;
  std::vector<UsageDay> days;  // the last days, oldest first, days without any count included
};

// The local calendar day of a wall-clock time, "YYYY-MM-DD".
[[nodiscard]] std::string localDay(std::time_t when);
// The `count` days ending with `last` ("YYYY-MM-DD"), oldest first; empty when `last` is malformed.
[[nodiscard]] std::vector<std::string> daysEndingWith(std::string_view last, int count);

}  // namespace kiosk::core
