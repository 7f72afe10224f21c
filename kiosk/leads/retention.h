// Deleting personal data: the retention purge and the right to erasure. Both delete the
// lead with its visits and consents (ON DELETE CASCADE) and its outbox rows, then
// checkpoint the WAL with TRUNCATE so, with secure_delete on, the bytes are gone from the
// files and not only from the tables.
#pragma once

#include <string>
#include <string_view>

#include "kiosk/leads/error.h"
#include "kiosk/leads/sqlite.h"

namespace kiosk::leads {

// Leads whose last activity (updated_at: the last visit) is before `cutoffUtc`. Also drops
// outbox rows already sent before the cutoff. Returns the number of leads deleted.
[[nodiscard]] Result<int> purgeBefore(sqlite::Database& db, const std::string& cutoffUtc, const std::string& nowUtc);

// Every lead with this email (any case, any event). An erase tombstone goes to the outbox
// so the central copy is erased too. Returns the number of leads erased (0: none matched).
[[nodiscard]] Result<int> eraseByEmail(sqlite::Database& db, std::string_view email, const std::string& nowUtc);

// Audit trail entry (counts only).
[[nodiscard]] Result<void> recordAudit(sqlite::Database& db, const std::string& nowUtc, std::string_view action,
                                       std::string_view objectId, std::int64_t n);

// PRAGMA wal_checkpoint(TRUNCATE); false when a reader kept it from completing.
[[nodiscard]] Result<bool> checkpointTruncate(sqlite::Database& db);

}  // namespace kiosk::leads
