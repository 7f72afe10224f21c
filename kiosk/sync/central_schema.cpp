#include "kiosk/sync/central_schema.h"

#include <string>

namespace kiosk::sync {
namespace {

// v1: leads, visits and consents keyed by the kiosks' UUIDs, and erasure tombstones that
// stop a late or replayed upsert from bringing an erased lead back.
constexpr std::string_view kV1 = R"sql(
CREATE TABLE pid_lead (
  lead_id     uuid PRIMARY KEY,
  kiosk_id    text NOT NULL,
  event_name  text NOT NULL,
  created_at  timestamptz NOT NULL,
  updated_at  timestamptz NOT NULL,
  row_version bigint NOT NULL,
  email       text NOT NULL,
  payload     jsonb NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX pid_lead_by_event ON pid_lead (event_name, created_at);
CREATE INDEX pid_lead_by_email ON pid_lead (lower(email));
CREATE TABLE pid_visit (
  visit_id    uuid PRIMARY KEY,
  lead_id     uuid NOT NULL REFERENCES pid_lead (lead_id) ON DELETE CASCADE,
  visited_at  timestamptz NOT NULL,
  payload     jsonb NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX pid_visit_by_lead ON pid_visit (lead_id);
CREATE TABLE pid_consent (
  consent_id  uuid PRIMARY KEY,
  lead_id     uuid NOT NULL REFERENCES pid_lead (lead_id) ON DELETE CASCADE,
  kind        text NOT NULL,
  granted     boolean NOT NULL,
  given_at    timestamptz NOT NULL,
  payload     jsonb NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX pid_consent_by_lead ON pid_consent (lead_id);
CREATE TABLE pid_erasure (
  lead_id   uuid PRIMARY KEY,
  kiosk_id  text NOT NULL DEFAULT '',
  erased_at timestamptz NOT NULL DEFAULT now()
);
)sql";

struct Step {
  int version;
  std::string_view sql;
};
constexpr Step kSteps[] = {{1, kV1}};

}  // namespace

PgResult<int> centralVersion(PgConnection& db) {
  auto rows = db.query("SELECT coalesce(max(version), 0) FROM pid_schema", {});
  if (!rows) {
    if (rows.error().sqlState == "42P01") return 0;  // undefined_table: nothing migrated yet
    return tl::unexpected(rows.error());
  }
  return std::stoi(rows->text(0, 0));
}

PgResult<int> migrateCentral(PgConnection& db) {
  if (auto made = db.exec("CREATE TABLE IF NOT EXISTS pid_schema (version integer PRIMARY KEY, "
                          "applied_at timestamptz NOT NULL DEFAULT now())");
      !made) {
    return tl::unexpected(made.error());
  }
  if (auto locked = db.exec("SELECT pg_advisory_lock(5049440)"); !locked) return tl::unexpected(locked.error());
  auto found = centralVersion(db);
  int version = found ? *found : 0;
  PgResult<int> outcome = found ? PgResult<int>(version) : tl::unexpected(found.error());
  for (const Step& step : kSteps) {
    if (!outcome || step.version <= version) continue;
    auto applied = db.exec("BEGIN")
                       .and_then([&] { return db.exec(step.sql); })
                       .and_then([&] {
                         return db.query("INSERT INTO pid_schema (version) VALUES ($1)", {std::to_string(step.version)})
                             .map([](const PgRows&) {});
                       })
                       .and_then([&] { return db.exec("COMMIT"); });
    if (!applied) {
      (void)db.exec("ROLLBACK");
      outcome = tl::unexpected(applied.error());
    }
    version = step.version;
  }
  (void)db.exec("SELECT pg_advisory_unlock(5049440)");
  return outcome;
}

}  // namespace kiosk::sync
