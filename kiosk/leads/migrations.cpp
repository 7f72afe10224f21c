#include "kiosk/leads/migrations.h"

#include <string>

namespace kiosk::leads {
namespace {

// v1: leads, their visits and the proof of every consent answer.
constexpr std::string_view kV1 = R"sql(
PRAGMA application_id = 1346978865;
CREATE TABLE lead (
  lead_id      TEXT PRIMARY KEY NOT NULL,
  kiosk_id     TEXT NOT NULL,
  event_name   TEXT NOT NULL DEFAULT '',
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  row_version  INTEGER NOT NULL DEFAULT 1,
  first_name   TEXT NOT NULL DEFAULT '',
  last_name    TEXT NOT NULL DEFAULT '',
  company      TEXT NOT NULL DEFAULT '',
  role         TEXT NOT NULL DEFAULT '',
  email        TEXT NOT NULL DEFAULT '',
  phone        TEXT NOT NULL DEFAULT '',
  municipality TEXT NOT NULL DEFAULT '',
  sector       TEXT NOT NULL DEFAULT '',
  company_size TEXT NOT NULL DEFAULT '' CHECK (company_size IN ('', 'micro', 'small', 'medium', 'large')),
  interests    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(interests)),
  note         TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX lead_by_created ON lead(created_at);
CREATE TABLE visit (
  visit_id             TEXT PRIMARY KEY NOT NULL,
  lead_id              TEXT NOT NULL REFERENCES lead(lead_id) ON DELETE CASCADE,
  visited_at           TEXT NOT NULL,
  kiosk_id             TEXT NOT NULL,
  demos_tried          TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(demos_tried)),
  assessment_result_id TEXT NOT NULL DEFAULT '',
  badge_ref            TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX visit_by_lead ON visit(lead_id, visited_at);
CREATE TABLE consent (
  consent_id     TEXT PRIMARY KEY NOT NULL,
  lead_id        TEXT NOT NULL REFERENCES lead(lead_id) ON DELETE CASCADE,
  visit_id       TEXT NOT NULL REFERENCES visit(visit_id) ON DELETE CASCADE,
  kind           TEXT NOT NULL CHECK (kind IN ('service_contact', 'marketing')),
  granted        INTEGER NOT NULL CHECK (granted IN (0, 1)),
  notice_version TEXT NOT NULL,
  text_shown     TEXT NOT NULL,
  language       TEXT NOT NULL,
  given_at       TEXT NOT NULL,
  kiosk_id       TEXT NOT NULL
) STRICT;
CREATE INDEX consent_by_lead ON consent(lead_id, kind, given_at);
CREATE INDEX consent_by_visit ON consent(visit_id);
)sql";

// v2: the dedupe key (same email, any case, same event) and the retention index.
// lower() folds ASCII only, exactly like emailKey().
constexpr std::string_view kV2 = R"sql(
ALTER TABLE lead ADD COLUMN email_norm TEXT NOT NULL DEFAULT '';
UPDATE lead SET email_norm = lower(email);
CREATE INDEX lead_by_event_email ON lead(event_name, email_norm) WHERE email_norm <> '';
CREATE INDEX lead_by_updated ON lead(updated_at);
)sql";

// v3: the outbox for the fleet sync, written in the same transaction as the lead (rows for
// existing leads are queued once here). Rows name what changed; the uploader reads the
// JSON from the payload views when it sends, so personal data is never copied into the
// outbox (nothing to forget on erasure, half the file size). Plus a staff audit trail that
// holds counts, never personal data.
constexpr std::string_view kV3 = R"sql(
CREATE TABLE outbox (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  lead_id    TEXT NOT NULL,
  entity     TEXT NOT NULL CHECK (entity IN ('lead', 'visit', 'consent')),
  entity_id  TEXT NOT NULL,
  op         TEXT NOT NULL CHECK (op IN ('upsert', 'erase')),
  created_at TEXT NOT NULL,
  sent_at    TEXT,
  attempts   INTEGER NOT NULL DEFAULT 0,
  last_error TEXT
) STRICT;
CREATE INDEX outbox_unsent ON outbox(seq) WHERE sent_at IS NULL;
CREATE INDEX outbox_by_lead ON outbox(lead_id);
CREATE VIEW lead_payload AS SELECT lead_id, json_object(
  'lead_id', lead_id, 'kiosk_id', kiosk_id, 'event_name', event_name, 'created_at', created_at,
  'updated_at', updated_at, 'row_version', row_version, 'first_name', first_name, 'last_name', last_name,
  'company', company, 'role', role, 'email', email, 'phone', phone, 'municipality', municipality,
  'sector', sector, 'company_size', company_size, 'interests', json(interests), 'note', note) AS payload
  FROM lead;
CREATE VIEW visit_payload AS SELECT visit_id, json_object(
  'visit_id', visit_id, 'lead_id', lead_id, 'visited_at', visited_at, 'kiosk_id', kiosk_id,
  'demos_tried', json(demos_tried), 'assessment_result_id', assessment_result_id, 'badge_ref', badge_ref) AS payload
  FROM visit;
CREATE VIEW consent_payload AS SELECT consent_id, json_object(
  'consent_id', consent_id, 'lead_id', lead_id, 'visit_id', visit_id, 'kind', kind, 'granted', granted,
  'notice_version', notice_version, 'text_shown', text_shown, 'language', language, 'given_at', given_at,
  'kiosk_id', kiosk_id) AS payload
  FROM consent;
CREATE TABLE audit (
  at        TEXT NOT NULL,
  action    TEXT NOT NULL,
  object_id TEXT NOT NULL DEFAULT '',
  n         INTEGER NOT NULL DEFAULT 0
) STRICT;
INSERT INTO outbox (lead_id, entity, entity_id, op, created_at)
  SELECT lead_id, 'lead', lead_id, 'upsert', strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM lead ORDER BY created_at;
INSERT INTO outbox (lead_id, entity, entity_id, op, created_at)
  SELECT lead_id, 'visit', visit_id, 'upsert', strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM visit ORDER BY visited_at;
INSERT INTO outbox (lead_id, entity, entity_id, op, created_at)
  SELECT lead_id, 'consent', consent_id, 'upsert', strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM consent ORDER BY given_at;
)sql";

constexpr Migration kMigrations[] = {
    {1, "leads, visits, consents", kV1},
    {2, "dedupe key and retention index", kV2},
    {3, "outbox, payload views, audit", kV3},
};

}  // namespace

std::span<const Migration> migrations() { return kMigrations; }

int latestSchemaVersion() { return kMigrations[std::size(kMigrations) - 1].version; }

Result<MigrationReport> migrate(sqlite::Database& db, int target) {
  if (target < 0) target = latestSchemaVersion();
  auto version = db.queryInt("PRAGMA user_version");
  if (!version) return tl::unexpected(version.error());
  auto appId = db.queryInt("PRAGMA application_id");
  if (!appId) return tl::unexpected(appId.error());
  if (*appId != 0 && *appId != kApplicationId) return fail(ErrorCode::Schema, "not a lead database (application_id)");
  if (*version == 0) {
    auto tables = db.queryInt("SELECT count(*) FROM sqlite_schema");
    if (!tables) return tl::unexpected(tables.error());
    if (*tables != 0) return fail(ErrorCode::Schema, "not a lead database (tables without a schema version)");
  }
  if (*version > latestSchemaVersion())
    return fail(ErrorCode::Schema, "database schema v" + std::to_string(*version) + " is newer than this kiosk (v" +
                                       std::to_string(latestSchemaVersion()) + ")");
  MigrationReport report{static_cast<int>(*version), static_cast<int>(*version)};
  for (const Migration& step : kMigrations) {
    if (step.version <= report.to || step.version > target) continue;
    auto tx = sqlite::Transaction::begin(db);
    if (!tx) return tl::unexpected(tx.error());
    if (auto ok = db.exec(step.sql); !ok) return tl::unexpected(ok.error());
    // The version is our own constant, not input: formatting it into the pragma is safe.
    if (auto ok = db.exec("PRAGMA user_version = " + std::to_string(step.version)); !ok)
      return tl::unexpected(ok.error());
    if (auto ok = tx->commit(); !ok) return tl::unexpected(ok.error());
    report.to = step.version;
  }
  return report;
}

}  // namespace kiosk::leads
