#include "kiosk/sync/outbox_sync.h"

#include <map>
#include <set>
#include <vector>

#include "kiosk/leads/sqlite.h"
#include "kiosk/leads/timestamp.h"
#include "kiosk/sync/central_schema.h"
#include "kiosk/sync/pg.h"

namespace kiosk::sync {
namespace {

namespace sqlite = leads::sqlite;
using Clock = std::chrono::steady_clock;

// One batch of unsent outbox rows with the payload each names, read at send time.
struct Batch {
  std::int64_t lastSeq = 0;
  std::size_t rows = 0;
  std::size_t skipped = 0;
  std::map<std::string, std::string> leads, visits, consents;  // id -> payload (deduplicated)
  std::set<std::string> erasures;
};

constexpr std::string_view kReadBatch = R"sql(
SELECT o.seq, o.entity, o.entity_id, o.op,
       CASE o.entity
         WHEN 'lead' THEN (SELECT payload FROM lead_payload WHERE lead_id = o.entity_id)
         WHEN 'visit' THEN (SELECT payload FROM visit_payload WHERE visit_id = o.entity_id)
         ELSE (SELECT payload FROM consent_payload WHERE consent_id = o.entity_id)
       END
  FROM outbox o WHERE o.sent_at IS NULL ORDER BY o.seq LIMIT ?1)sql";

leads::Result<Batch> readBatch(sqlite::Database& db, std::size_t limit) {
  auto stmt = db.prepare(kReadBatch);
  if (!stmt) return tl::unexpected(stmt.error());
  stmt->bindInt(1, static_cast<std::int64_t>(limit));
  Batch batch;
  for (;;) {
    auto row = stmt->step();
    if (!row) return tl::unexpected(row.error());
    if (!*row) break;
    ++batch.rows;
    batch.lastSeq = stmt->columnInt(0);
    const std::string entity = stmt->columnText(1);
    std::string id = stmt->columnText(2);
    if (stmt->columnText(3) == "erase") {
      batch.erasures.insert(std::move(id));
      continue;
    }
    if (stmt->columnIsNull(4)) {  // erased or purged since: its tombstone (if any) follows
      ++batch.skipped;
      continue;
    }
    auto& into = entity == "lead" ? batch.leads : entity == "visit" ? batch.visits : batch.consents;
    into[std::move(id)] = stmt->columnText(4);
  }
  return batch;
}

std::string jsonArray(const std::map<std::string, std::string>& payloads) {
  std::string out = "[";
  for (const auto& [id, payload] : payloads) {
    if (out.size() > 1) out += ',';
    out += payload;
  }
  return out + "]";
}

std::string uuidArray(const std::set<std::string>& ids) {
  std::string out = "{";
  for (const auto& id : ids) {
    if (out.size() > 1) out += ',';
    out += id;
  }
  return out + "}";
}

// A stale resend (lower row_version) never overwrites a newer lead; a tombstoned id is never
// brought back; visits and consents of a lead the server does not have are left out.
constexpr std::string_view kUpsertLeads = R"sql(
INSERT INTO pid_lead (lead_id, kiosk_id, event_name, created_at, updated_at, row_version, email, payload)
SELECT (p->>'lead_id')::uuid, p->>'kiosk_id', p->>'event_name', (p->>'created_at')::timestamptz,
       (p->>'updated_at')::timestamptz, (p->>'row_version')::bigint, p->>'email', p
  FROM jsonb_array_elements($1::jsonb) AS p
 WHERE NOT EXISTS (SELECT 1 FROM pid_erasure e WHERE e.lead_id = (p->>'lead_id')::uuid)
ON CONFLICT (lead_id) DO UPDATE SET
  kiosk_id = EXCLUDED.kiosk_id, event_name = EXCLUDED.event_name, updated_at = EXCLUDED.updated_at,
  row_version = EXCLUDED.row_version, email = EXCLUDED.email, payload = EXCLUDED.payload, received_at = now()
 WHERE pid_lead.row_version <= EXCLUDED.row_version)sql";

constexpr std::string_view kUpsertVisits = R"sql(
INSERT INTO pid_visit (visit_id, lead_id, visited_at, payload)
SELECT (p->>'visit_id')::uuid, (p->>'lead_id')::uuid, (p->>'visited_at')::timestamptz, p
  FROM jsonb_array_elements($1::jsonb) AS p
 WHERE EXISTS (SELECT 1 FROM pid_lead l WHERE l.lead_id = (p->>'lead_id')::uuid)
ON CONFLICT (visit_id) DO UPDATE SET payload = EXCLUDED.payload, received_at = now())sql";

constexpr std::string_view kInsertConsents = R"sql(
INSERT INTO pid_consent (consent_id, lead_id, kind, granted, given_at, payload)
SELECT (p->>'consent_id')::uuid, (p->>'lead_id')::uuid, p->>'kind', (p->>'granted')::int = 1,
       (p->>'given_at')::timestamptz, p
  FROM jsonb_array_elements($1::jsonb) AS p
 WHERE EXISTS (SELECT 1 FROM pid_lead l WHERE l.lead_id = (p->>'lead_id')::uuid)
ON CONFLICT (consent_id) DO NOTHING)sql";

constexpr std::string_view kErase = R"sql(
WITH marked AS (
  INSERT INTO pid_erasure (lead_id, kiosk_id) SELECT unnest($1::uuid[]), $2 ON CONFLICT DO NOTHING
)
DELETE FROM pid_lead WHERE lead_id = ANY($1::uuid[]))sql";

PgResult<void> sendBatch(PgConnection& pg, const Batch& batch, const std::string& kioskId) {
  auto run = [&](std::string_view sql, std::vector<std::string> params) -> PgResult<void> {
    return pg.query(sql, params).map([](const PgRows&) {});
  };
  auto sent = pg.exec("BEGIN");
  if (sent && !batch.leads.empty()) sent = run(kUpsertLeads, {jsonArray(batch.leads)});
  if (sent && !batch.visits.empty()) sent = run(kUpsertVisits, {jsonArray(batch.visits)});
  if (sent && !batch.consents.empty()) sent = run(kInsertConsents, {jsonArray(batch.consents)});
  if (sent && !batch.erasures.empty()) sent = run(kErase, {uuidArray(batch.erasures), kioskId});
  if (sent) sent = pg.exec("COMMIT");
  if (!sent) (void)pg.exec("ROLLBACK");
  return sent;
}

leads::Result<void> markSent(sqlite::Database& db, std::int64_t lastSeq) {
  auto stmt = db.prepare(
      "UPDATE outbox SET sent_at = ?1, attempts = attempts + 1, last_error = NULL "
      "WHERE seq <= ?2 AND sent_at IS NULL");
  if (!stmt) return tl::unexpected(stmt.error());
  stmt->bindText(1, leads::formatUtc(leads::Clock::now())).bindInt(2, lastSeq);
  return stmt->run();
}

void markFailed(sqlite::Database& db, std::int64_t lastSeq, const std::string& error) {
  auto stmt = db.prepare(
      "UPDATE outbox SET attempts = attempts + 1, last_error = ?1 WHERE seq <= ?2 AND sent_at IS NULL");
  if (!stmt) return;
  stmt->bindText(1, error).bindInt(2, lastSeq);
  (void)stmt->run();
}

std::size_t countPending(sqlite::Database& db) {
  auto n = db.queryInt("SELECT count(*) FROM outbox WHERE sent_at IS NULL");
  return n ? static_cast<std::size_t>(*n) : 0;
}

std::string describe(const PgError& e) { return (e.sqlState.empty() ? "" : "[" + e.sqlState + "] ") + e.message; }

}  // namespace

tl::expected<SyncReport, SyncError> syncOutbox(const std::filesystem::path& leadDb, const std::string& conninfo,
                                               const SyncOptions& options) {
  const auto started = Clock::now();
  SyncReport report;
  auto fail = [&](std::string message) {
    report.elapsed = Clock::now() - started;
    return tl::unexpected(SyncError{std::move(message), report});
  };
  auto db = sqlite::Database::open(leadDb, sqlite::Database::Mode::ReadWrite);
  if (!db) return fail("lead database: " + db.error().message);
  // The kiosk writes at the same time: wait for its short transactions instead of failing.
  (void)db->exec("PRAGMA busy_timeout = 5000");
  auto pg = PgConnection::connect(conninfo);
  if (!pg) return fail("central database: " + describe(pg.error()));
  auto version = centralVersion(*pg);
  if (!version) return fail("central database: " + describe(version.error()));
  if (*version < kCentralSchemaVersion) return fail("central schema missing or old: run kioskctl pg-migrate");

  while (options.maxBatches == 0 || report.batches < options.maxBatches) {
    auto batch = readBatch(*db, options.batchRows);
    if (!batch) return fail("outbox: " + batch.error().message);
    if (batch->rows == 0) break;
    if (auto sent = sendBatch(*pg, *batch, options.kioskId); !sent) {
      markFailed(*db, batch->lastSeq, describe(sent.error()));
      report.pending = countPending(*db);
      return fail("central database: " + describe(sent.error()));
    }
    if (options.afterServerCommit) options.afterServerCommit();
    if (auto marked = markSent(*db, batch->lastSeq); !marked) {
      // Committed on the server but not marked here: the next run resends it, harmlessly.
      return fail("outbox: " + marked.error().message);
    }
    ++report.batches;
    report.rows += batch->rows;
    report.skipped += batch->skipped;
    report.leads += batch->leads.size();
    report.visits += batch->visits.size();
    report.consents += batch->consents.size();
    report.erasures += batch->erasures.size();
  }
  report.pending = countPending(*db);
  report.elapsed = Clock::now() - started;
  return report;
}

tl::expected<std::size_t, std::string> pendingRows(const std::filesystem::path& leadDb) {
  auto db = sqlite::Database::open(leadDb, sqlite::Database::Mode::ReadOnly);
  if (!db) return tl::unexpected("lead database: " + db.error().message);
  (void)db->exec("PRAGMA busy_timeout = 5000");
  auto n = db->queryInt("SELECT count(*) FROM outbox WHERE sent_at IS NULL");
  if (!n) return tl::unexpected("outbox: " + n.error().message);
  return static_cast<std::size_t>(*n);
}

}  // namespace kiosk::sync
