// Every older schema, frozen here as it was released (never generated from the current
// migration list, so an edit to an old step shows up), migrated by opening the store.
#include "kiosk/leads/migrations.h"

#include <gtest/gtest.h>

#include "kiosk/leads/backup.h"
#include "tests/unit/kiosk_leads/leads_test_util.h"

namespace kiosk::leads {
namespace {

using test::sampleLead;

constexpr std::string_view kFrozenV1 = R"sql(
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
PRAGMA user_version = 1;
)sql";

constexpr std::string_view kFrozenV2 = R"sql(
ALTER TABLE lead ADD COLUMN email_norm TEXT NOT NULL DEFAULT '';
UPDATE lead SET email_norm = lower(email);
CREATE INDEX lead_by_event_email ON lead(event_name, email_norm) WHERE email_norm <> '';
CREATE INDEX lead_by_updated ON lead(updated_at);
PRAGMA user_version = 2;
)sql";

// Data as a v1 kiosk wrote it (mixed-case email, no email_norm yet).
constexpr std::string_view kV1Data = R"sql(
INSERT INTO lead (lead_id, kiosk_id, event_name, created_at, updated_at, first_name, last_name, email, phone, interests)
  VALUES ('11111111-1111-4111-8111-111111111111', 'kiosk-old', 'Fiera 2023', '2023-10-01T10:00:00.000Z',
          '2023-10-01T10:00:00.000Z', 'Niccolò', 'Bianchi', 'Niccolo.Bianchi@Example.IT', '+393401234567', '["B"]');
INSERT INTO visit (visit_id, lead_id, visited_at, kiosk_id, demos_tried)
  VALUES ('22222222-2222-4222-8222-222222222222', '11111111-1111-4111-8111-111111111111',
          '2023-10-01T10:00:00.000Z', 'kiosk-old', '["rfid"]');
INSERT INTO consent (consent_id, lead_id, visit_id, kind, granted, notice_version, text_shown, language, given_at, kiosk_id)
  VALUES ('33333333-3333-4333-8333-333333333333', '11111111-1111-4111-8111-111111111111',
          '22222222-2222-4222-8222-222222222222', 'service_contact', 1, 'privacy-2023-2', 'Acconsento.', 'it',
          '2023-10-01T10:00:00.000Z', 'kiosk-old');
)sql";

class MigrationTest : public test::StoreTest {
 protected:
  // Builds a database at `version` by hand, with one lead in it from version 1 on.
  void createAt(int version) {
    std::filesystem::create_directories(options().dbPath.parent_path());
    auto db = sqlite::Database::open(options().dbPath, sqlite::Database::Mode::ReadWriteCreate);
    ASSERT_TRUE(db);
    if (version >= 1) {
      ASSERT_TRUE(db->exec(kFrozenV1));
      ASSERT_TRUE(db->exec(kV1Data));
    }
    if (version >= 2) {
      ASSERT_TRUE(db->exec(kFrozenV2));
    }
    ASSERT_EQ(db->queryInt("PRAGMA user_version").value_or(-1), version);
  }

  static std::string schemaOf(const std::filesystem::path& path) {
    auto db = sqlite::Database::open(path, sqlite::Database::Mode::ReadOnly);
    EXPECT_TRUE(db);
    auto stmt = db->prepare("SELECT type, name, sql FROM sqlite_schema ORDER BY type, name");
    std::string schema;
    while (stmt && stmt->step().value_or(false))
      schema += stmt->columnText(0) + " " + stmt->columnText(1) + ": " + stmt->columnText(2) + "\n";
    return schema;
  }
};

TEST_F(MigrationTest, ListIsOrderedAndEndsAtTheLatest) {
  const auto steps = migrations();
  ASSERT_FALSE(steps.empty());
  for (std::size_t i = 0; i < steps.size(); ++i) EXPECT_EQ(steps[i].version, static_cast<int>(i) + 1);
  EXPECT_EQ(latestSchemaVersion(), steps.back().version);
  EXPECT_EQ(latestSchemaVersion(), 3) << "new step: add a frozen copy of the previous schema to this test";
}

TEST_F(MigrationTest, EveryOlderVersionMigratesToTheSameSchemaWithItsData) {
  // Reference: a database created new by the current code.
  std::string fresh;
  {
    auto store = openStore();
    ASSERT_TRUE(store);
    EXPECT_EQ(store->status().migratedFrom, 0);
  }
  fresh = schemaOf(options().dbPath);
  ASSERT_NE(fresh.find("outbox"), std::string::npos);

  for (int version = 1; version < latestSchemaVersion(); ++version) {
    SCOPED_TRACE("from v" + std::to_string(version));
    std::filesystem::remove_all(options().dbPath.parent_path());
    createAt(version);
    auto o = options();
    o.backupDir = dir.path() / ("backups-v" + std::to_string(version));
    auto store = openStore(o);
    ASSERT_TRUE(store);
    EXPECT_EQ(store->status().migratedFrom, version);
    EXPECT_EQ(store->status().schemaVersion, latestSchemaVersion());
    EXPECT_EQ(count("PRAGMA user_version"), latestSchemaVersion());
    EXPECT_EQ(schemaOf(options().dbPath), fresh);

    // A backup of the old file was taken before the first step.
    const auto saved = listBackups(o.backupDir);
    ASSERT_EQ(saved.size(), 1u);
    auto old = sqlite::Database::open(saved.front(), sqlite::Database::Mode::ReadOnly);
    ASSERT_TRUE(old);
    EXPECT_EQ(old->queryInt("PRAGMA user_version").value_or(-1), version);

    // The old lead survives with its consent, is queued for sync, and dedupes.
    auto leads = store->list({});
    ASSERT_TRUE(leads);
    ASSERT_EQ(leads->size(), 1u);
    EXPECT_EQ(leads->front().fields.firstName, "Niccolò");
    EXPECT_EQ(leads->front().demosTried, std::vector<std::string>{"rfid"});
    EXPECT_TRUE(leads->front().serviceContact.granted);
    EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE lead_id = '11111111-1111-4111-8111-111111111111'"), 3);
    const auto again = store->submit(sampleLead("niccolo.bianchi@example.it", "Fiera 2023"));
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->merged);
    EXPECT_EQ(again->leadId, "11111111-1111-4111-8111-111111111111");

    auto check = store->check();
    ASSERT_TRUE(check);
    EXPECT_TRUE(check->ok) << (check->problems.empty() ? "" : check->problems.front());
  }
}

TEST_F(MigrationTest, EmptyFileBecomesTheLatestSchema) {
  createAt(0);
  auto store = openStore();
  ASSERT_TRUE(store);
  EXPECT_EQ(count("PRAGMA user_version"), latestSchemaVersion());
  EXPECT_EQ(count("PRAGMA application_id"), kApplicationId);
}

TEST_F(MigrationTest, NewerDatabaseIsRefusedUntouched) {
  createAt(2);
  {
    auto db = raw();
    ASSERT_TRUE(db.exec("PRAGMA user_version = 99"));
  }
  auto store = LeadStore::open(options());
  ASSERT_FALSE(store);
  EXPECT_EQ(store.error().code, ErrorCode::Schema);
  EXPECT_EQ(count("PRAGMA user_version"), 99);
}

TEST_F(MigrationTest, FailedStepRollsBackToThePreviousVersion) {
  createAt(2);
  {
    auto db = raw();
    ASSERT_TRUE(db.exec("CREATE VIEW lead_payload AS SELECT 1"));  // v3 creates this name: it must fail
  }
  auto store = LeadStore::open(options());
  ASSERT_FALSE(store);
  EXPECT_EQ(count("PRAGMA user_version"), 2);
  EXPECT_EQ(count("SELECT count(*) FROM sqlite_schema WHERE name IN ('outbox', 'audit')"), 0);
  EXPECT_EQ(count("SELECT count(*) FROM lead"), 1);
}

}  // namespace
}  // namespace kiosk::leads
