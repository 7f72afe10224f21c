// The schema as an ordered list of steps. Step N runs in one BEGIN IMMEDIATE transaction
// that ends with PRAGMA user_version = N, so a crash leaves the database at N-1 or N.
// A released step is never edited: changes are new steps (tests keep frozen copies of
// every older schema and migrate them).
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

#include "kiosk/leads/error.h"
#include "kiosk/leads/sqlite.h"

namespace kiosk::leads {

inline constexpr std::int64_t kApplicationId = 0x50494431;  // "PID1" in the file header

struct Migration {
  int version;
  std::string_view summary;
  std::string_view sql;
};

[[nodiscard]] std::span<const Migration> migrations();
[[nodiscard]] int latestSchemaVersion();

struct MigrationReport {
  int from = 0;
  int to = 0;
};

// Brings the database to `target` (default: the latest). Refuses a database from a newer
// kiosk and a non-empty database that is not ours (another application_id, or tables
// without a user_version).
[[nodiscard]] Result<MigrationReport> migrate(sqlite::Database& db, int target = -1);

}  // namespace kiosk::leads
