// UsageStore: the anonymous usage counts behind the staff dashboard, one SQLite file in the
// data folder (0600). A row is a counter per day, event, kind and subject: no time finer than
// the day and nothing a visitor typed, so no row can be matched to a person or a lead.
// Used by UsageService on its worker thread only.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include <tl/expected.hpp>

#include "kiosk/core/usage.h"
#include "kiosk/leads/sqlite.h"

namespace kiosk::app {

class UsageStore {
 public:
  // Creates the file (0600) and its folder (0700) when missing; errors name the file and the reason.
  [[nodiscard]] static tl::expected<std::unique_ptr<UsageStore>, std::string> open(const std::filesystem::path& file);

  [[nodiscard]] tl::expected<void, std::string> add(const core::UsageEvent& event);
  // Today's totals, the event's totals (every day when `event` is ""), and `days` days ending today.
  [[nodiscard]] tl::expected<core::UsageSummary, std::string> summary(const std::string& today,
                                                                      const std::string& event, int days);

 private:
  explicit UsageStore(leads::sqlite::Database db) : m_db(std::move(db)) {}
  leads::sqlite::Database m_db;
};

}  // namespace kiosk::app
