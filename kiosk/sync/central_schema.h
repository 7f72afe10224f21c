// The central PostgreSQL schema the kiosks sync into, as an ordered list of migrations
// (kioskctl pg-migrate). Personal data lives in jsonb payloads plus the few columns a CRM
// import or a retention job filters on.
#pragma once

#include "kiosk/sync/pg.h"

namespace kiosk::sync {

inline constexpr int kCentralSchemaVersion = 1;

// Brings the schema to kCentralSchemaVersion in one transaction per step (under an advisory
// lock, so two kiosks migrating at once do not race). Returns the version found before.
[[nodiscard]] PgResult<int> migrateCentral(PgConnection& db);

// The version the server has (0: none); the sync refuses to run against an older schema.
[[nodiscard]] PgResult<int> centralVersion(PgConnection& db);

}  // namespace kiosk::sync
