// Read-only views for the staff panel and the exports: list and search leads, counts per
// day, the events seen. Days are local calendar days ("YYYY-MM-DD").
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "kiosk/leads/error.h"
#include "kiosk/leads/lead.h"
#include "kiosk/leads/sqlite.h"

namespace kiosk::leads {

struct LeadFilter {
  std::string day{};    // leads with a visit on this local day
  std::string since{};  // leads with activity (a visit) on or after this local day
  std::string event{};  // exact event name
  std::string name{};   // substring of first name, last name, "first last" or company (ASCII case-insensitive)
  std::string email{};  // exact, any case
  bool newestFirst = false;
  std::int64_t limit = 0;  // 0: all
  std::int64_t offset = 0;
};

struct DayCount {
  std::string day;
  std::int64_t newLeads = 0;
  std::int64_t visits = 0;  // including returning visitors merged into an earlier lead
  friend bool operator==(const DayCount&, const DayCount&) = default;
};

// Calls `onLead` for each match in created_at order (or newest first); returns the count.
// A bad filter value (a day that is not YYYY-MM-DD) is an Invalid error.
[[nodiscard]] Result<std::size_t> forEachLead(sqlite::Database& db, const LeadFilter& filter,
                                              const std::function<void(const LeadRecord&)>& onLead);
// Newest day first; `event` "" counts every event.
[[nodiscard]] Result<std::vector<DayCount>> countsPerDay(sqlite::Database& db, const std::string& event);
[[nodiscard]] Result<std::vector<std::string>> eventNames(sqlite::Database& db);

}  // namespace kiosk::leads
