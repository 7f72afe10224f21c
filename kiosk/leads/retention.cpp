#include "kiosk/leads/retention.h"

#include <vector>

#include "kiosk/leads/try.h"
#include "kiosk/leads/validation.h"

namespace kiosk::leads {
namespace {

Result<void> runWith(sqlite::Database& db, std::string_view sql, const std::string& a, const std::string& b = {}) {
  auto stmt = db.prepare(sql);
  if (!stmt) return tl::unexpected(stmt.error());
  stmt->bindText(1, a);
  if (!b.empty()) stmt->bindText(2, b);
  return stmt->run();
}

}  // namespace

Result<void> recordAudit(sqlite::Database& db, const std::string& nowUtc, std::string_view action,
                         std::string_view objectId, std::int64_t n) {
  auto stmt = db.prepare("INSERT INTO audit (at, action, object_id, n) VALUES (?, ?, ?, ?)");
  if (!stmt) return tl::unexpected(stmt.error());
  stmt->bindText(1, nowUtc).bindText(2, action).bindText(3, objectId).bindInt(4, n);
  return stmt->run();
}

Result<bool> checkpointTruncate(sqlite::Database& db) {
  auto stmt = db.prepare("PRAGMA wal_checkpoint(TRUNCATE)");
  if (!stmt) return tl::unexpected(stmt.error());
  auto row = stmt->step();
  if (!row) return tl::unexpected(row.error());
  return *row && stmt->columnInt(0) == 0;  // first column: 1 if blocked (SQLITE_BUSY)
}

Result<int> purgeBefore(sqlite::Database& db, const std::string& cutoffUtc, const std::string& nowUtc) {
  int purged = 0;
  {
    auto tx = sqlite::Transaction::begin(db);
    if (!tx) return tl::unexpected(tx.error());
    LEADS_TRY(runWith(db, "DELETE FROM outbox WHERE lead_id IN (SELECT lead_id FROM lead WHERE updated_at < ?)",
                      cutoffUtc));
    LEADS_TRY(runWith(db, "DELETE FROM lead WHERE updated_at < ?", cutoffUtc));
    purged = static_cast<int>(db.changes());
    LEADS_TRY(runWith(db, "DELETE FROM outbox WHERE sent_at IS NOT NULL AND sent_at < ?", cutoffUtc));
    LEADS_TRY(recordAudit(db, nowUtc, "purge", "", purged));
    LEADS_TRY(tx->commit());
  }
  if (purged > 0) LEADS_TRY(checkpointTruncate(db));
  return purged;
}

Result<int> eraseByEmail(sqlite::Database& db, std::string_view email, const std::string& nowUtc) {
  const std::string key = emailKey(email);
  if (key.empty()) return fail(ErrorCode::Invalid, "empty email");
  std::vector<std::string> ids;
  {
    auto tx = sqlite::Transaction::begin(db);
    if (!tx) return tl::unexpected(tx.error());
    auto find = db.prepare("SELECT lead_id FROM lead WHERE email_norm = ?");
    if (!find) return tl::unexpected(find.error());
    find->bindText(1, key);
    while (true) {
      auto row = find->step();
      if (!row) return tl::unexpected(row.error());
      if (!*row) break;
      ids.push_back(find->columnText(0));
    }
    for (const std::string& id : ids) {
      LEADS_TRY(runWith(db, "DELETE FROM outbox WHERE lead_id = ?", id));
      LEADS_TRY(runWith(db, "DELETE FROM lead WHERE lead_id = ?", id));
      LEADS_TRY(runWith(db,
                        "INSERT INTO outbox (lead_id, entity, entity_id, op, created_at) "
                        "VALUES (?1, 'lead', ?1, 'erase', ?2)",
                        id, nowUtc));
      LEADS_TRY(recordAudit(db, nowUtc, "erase", id, 1));
    }
    LEADS_TRY(tx->commit());
  }
  if (!ids.empty()) LEADS_TRY(checkpointTruncate(db));
  return static_cast<int>(ids.size());
}

}  // namespace kiosk::leads
