// AssessmentStatsStore: the anonymous self-assessment results kept for the staff statistics,
// in their own SQLite file (mode 0600 like every file of the kiosk's data folder, although no
// row holds personal data). Separate from the lead store on purpose: no key joins the two.
// Used by AssessmentStatsService on its worker thread only.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include <tl/expected.hpp>

#include "kiosk/core/assessment_desk.h"

struct sqlite3;

namespace kiosk::app {

class AssessmentStatsStore {
 public:
  // Creates the file (0600) and its folder when missing; errors name the file and SQLite's reason.
  [[nodiscard]] static tl::expected<std::unique_ptr<AssessmentStatsStore>, std::string> open(
      const std::filesystem::path& file);
  ~AssessmentStatsStore();
  AssessmentStatsStore(const AssessmentStatsStore&) = delete;
  AssessmentStatsStore& operator=(const AssessmentStatsStore&) = delete;

  [[nodiscard]] tl::expected<void, std::string> add(const core::AnonymousResult& result);
  // Totals and per-sector means over the results of one questionnaire version (others are not comparable).
  [[nodiscard]] tl::expected<core::AssessmentStats, std::string> stats(std::string_view questionnaire,
                                                                       std::string_view version) const;

 private:
  explicit AssessmentStatsStore(sqlite3* db) : m_db(db) {}
  sqlite3* m_db;
};

}  // namespace kiosk::app
