#include "kiosk/leads/lead_store.h"

#include <fstream>

#include <sys/stat.h>

#include <gtest/gtest.h>

#include "kiosk/leads/backup.h"
#include "kiosk/leads/migrations.h"
#include "kiosk/leads/uuid.h"
#include "tests/unit/kiosk_leads/leads_test_util.h"

namespace kiosk::leads {
namespace {

using test::at;
using test::sampleLead;

unsigned modeOf(const std::filesystem::path& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return 0xFFFF;
  return info.st_mode & 0777;
}

class LeadStoreTest : public test::StoreTest {};

TEST_F(LeadStoreTest, SubmitStoresEveryPartExactly) {
  auto store = openStore();
  ASSERT_TRUE(store);
  EXPECT_TRUE(store->status().integrityOk);
  EXPECT_EQ(store->status().schemaVersion, latestSchemaVersion());

  const auto receipt = store->submit(sampleLead());
  ASSERT_TRUE(receipt) << describe(receipt.error());
  ASSERT_EQ(receipt->status, SubmitStatus::Stored) << describe(receipt->error.value_or(Error{}));
  EXPECT_TRUE(isUuid(receipt->leadId));
  EXPECT_FALSE(receipt->merged);

  auto leads = store->list({});
  ASSERT_TRUE(leads);
  ASSERT_EQ(leads->size(), 1u);
  const LeadRecord& r = leads->front();
  EXPECT_EQ(r.id, receipt->leadId);
  EXPECT_EQ(r.fields.firstName, "Zoë");
  EXPECT_EQ(r.fields.lastName, "D'Angelo");
  EXPECT_EQ(r.fields.company, "Tessitura Perché S.r.l.");
  EXPECT_EQ(r.fields.phone, "+393331234567");
  EXPECT_EQ(r.fields.interests, (std::vector<std::string>{"A", "F"}));
  EXPECT_EQ(r.eventName, "Fiera Perugia 2024");
  EXPECT_EQ(r.kioskId, "kiosk-pg-01");
  EXPECT_EQ(r.createdAt, "2024-05-17T09:30:00.000Z");
  EXPECT_EQ(r.visits, 1);
  EXPECT_EQ(r.demosTried, (std::vector<std::string>{"3d-printing", "rfid"}));
  EXPECT_EQ(r.assessmentResultId, "assessment-42");
  EXPECT_TRUE(r.serviceContact.asked);
  EXPECT_TRUE(r.serviceContact.granted);
  EXPECT_EQ(r.serviceContact.noticeVersion, "privacy-2024-1");
  EXPECT_TRUE(r.marketing.asked);
  EXPECT_FALSE(r.marketing.granted);

  // Proof of consent: the exact wording, language and time of each answer.
  auto db = raw();
  auto proof = db.prepare("SELECT kind, granted, text_shown, language, given_at, kiosk_id FROM consent ORDER BY kind");
  ASSERT_TRUE(proof);
  ASSERT_TRUE(*proof->step());
  EXPECT_EQ(proof->columnText(0), "marketing");
  EXPECT_EQ(proof->columnInt(1), 0);
  EXPECT_EQ(proof->columnText(2), "Acconsento a ricevere la newsletter.");
  ASSERT_TRUE(*proof->step());
  EXPECT_EQ(proof->columnText(0), "service_contact");
  EXPECT_EQ(proof->columnText(2), "Acconsento a essere ricontattato dal PID.");
  EXPECT_EQ(proof->columnText(3), "it");
  EXPECT_EQ(proof->columnText(4), "2024-05-17T09:30:00.000Z");
  EXPECT_EQ(proof->columnText(5), "kiosk-pg-01");
}

TEST_F(LeadStoreTest, OutboxRowsAreWrittenWithTheLead) {
  auto store = openStore();
  ASSERT_TRUE(store);
  const auto receipt = store->submit(sampleLead());
  ASSERT_TRUE(receipt);
  EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE entity = 'lead' AND op = 'upsert'"), 1);
  EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE entity = 'visit'"), 1);
  EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE entity = 'consent'"), 2);
  EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE lead_id = '" + receipt->leadId + "'"), 4);
  // The uploader's JSON, from the payload views, in outbox order.
  auto db = raw();
  auto sync = db.prepare(
      "SELECT o.entity, coalesce(l.payload, v.payload, c.payload) FROM outbox o "
      "LEFT JOIN lead_payload l ON o.entity = 'lead' AND l.lead_id = o.entity_id "
      "LEFT JOIN visit_payload v ON o.entity = 'visit' AND v.visit_id = o.entity_id "
      "LEFT JOIN consent_payload c ON o.entity = 'consent' AND c.consent_id = o.entity_id ORDER BY o.seq");
  ASSERT_TRUE(sync);
  std::vector<std::string> entities;
  while (sync->step().value_or(false)) {
    entities.push_back(sync->columnText(0));
    EXPECT_NE(sync->columnText(1).find("\"lead_id\":\"" + receipt->leadId + "\""), std::string::npos);
  }
  EXPECT_EQ(entities, (std::vector<std::string>{"lead", "visit", "consent", "consent"}));
  EXPECT_EQ(count("SELECT count(*) FROM lead_payload WHERE json_extract(payload, '$.first_name') = 'Zoë' "
                  "AND json_extract(payload, '$.row_version') = 1 AND json_extract(payload, '$.interests[1]') = 'F'"),
            1);
}

TEST_F(LeadStoreTest, InvalidLeadOrMissingConsentIsNotStored) {
  auto store = openStore();
  ASSERT_TRUE(store);
  Lead noConsent = sampleLead();
  noConsent.consents = {test::consent(ConsentKind::ServiceContact, false)};
  const auto refused = store->submit(noConsent);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::Invalid);
  EXPECT_EQ(refused.error().message, "consent=leads.error.consent_required");

  const auto badEmail = store->submit(sampleLead("mario.rossi@secret-domain"));
  ASSERT_FALSE(badEmail);
  EXPECT_EQ(badEmail.error().message, "email=leads.error.email");  // the value itself is not echoed
  EXPECT_EQ(store->pendingCount(), 0u);
  EXPECT_EQ(count("SELECT count(*) FROM lead"), 0);
  EXPECT_EQ(count("SELECT count(*) FROM consent"), 0);
}

TEST_F(LeadStoreTest, RequiredFieldsComeFromOptions) {
  auto o = options();
  o.rules.required = {Field::Phone};
  auto store = openStore(o);
  ASSERT_TRUE(store);
  Lead lead = sampleLead("");
  lead.fields.firstName = "";
  EXPECT_TRUE(store->submit(lead));
  lead.fields.phone = "";
  const auto refused = store->submit(lead);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().message, "phone=leads.error.required");
}

TEST_F(LeadStoreTest, SameEmailSameEventAddsAVisitToTheSameLead) {
  auto store = openStore();
  ASSERT_TRUE(store);
  const auto first = store->submit(sampleLead("mario.rossi@example.it"));
  ASSERT_TRUE(first);

  clock.now = at("2024-05-18T15:00:00.000Z");
  Lead again = sampleLead("  MARIO.Rossi@Example.IT ");
  again.fields.phone = "";  // blank: keeps the earlier phone
  again.fields.role = "Amministratore";
  again.context.demosTried = {"ar-maintenance"};
  again.context.assessmentResultId = "";
  again.consents = {test::consent(ConsentKind::ServiceContact, true, clock.now),
                    test::consent(ConsentKind::Marketing, true, clock.now)};
  const auto second = store->submit(again);
  ASSERT_TRUE(second);
  EXPECT_EQ(second->status, SubmitStatus::Stored);
  EXPECT_TRUE(second->merged);
  EXPECT_EQ(second->leadId, first->leadId);

  auto leads = store->list({});
  ASSERT_TRUE(leads);
  ASSERT_EQ(leads->size(), 1u);
  const LeadRecord& r = leads->front();
  EXPECT_EQ(r.visits, 2);
  EXPECT_EQ(r.fields.role, "Amministratore");
  EXPECT_EQ(r.fields.phone, "+393331234567");
  EXPECT_EQ(r.createdAt, "2024-05-17T09:30:00.000Z");
  EXPECT_EQ(r.updatedAt, "2024-05-18T15:00:00.000Z");
  EXPECT_EQ(r.demosTried, (std::vector<std::string>{"3d-printing", "ar-maintenance", "rfid"}));
  EXPECT_EQ(r.assessmentResultId, "assessment-42");
  EXPECT_TRUE(r.marketing.granted);  // the latest answer counts
  EXPECT_EQ(r.marketing.givenAt, "2024-05-18T15:00:00.000Z");
  EXPECT_EQ(count("SELECT count(*) FROM consent"), 4);  // both answers kept as proof
  EXPECT_EQ(count("SELECT max(row_version) FROM lead"), 2);
  EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE entity = 'lead'"), 2);
}

TEST_F(LeadStoreTest, OtherEventOrNoEmailMeansAnotherLead) {
  auto o = options();
  o.rules.required = {Field::FirstName};
  auto store = openStore(o);
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->submit(sampleLead("anna@example.it", "Fiera A")));
  const auto other = store->submit(sampleLead("anna@example.it", "Fiera B"));
  ASSERT_TRUE(other);
  EXPECT_FALSE(other->merged);
  ASSERT_TRUE(store->submit(sampleLead("", "Fiera A")));
  const auto noEmail = store->submit(sampleLead("", "Fiera A"));
  ASSERT_TRUE(noEmail);
  EXPECT_FALSE(noEmail->merged);
  EXPECT_EQ(count("SELECT count(*) FROM lead"), 4);
}

TEST_F(LeadStoreTest, DatabaseFilesAreOwnerOnlyWhateverTheUmask) {
  const mode_t saved = ::umask(0);  // the worst case: everything world-writable
  auto store = openStore();
  ::umask(saved);
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->submit(sampleLead()));
  const auto db = options().dbPath;
  EXPECT_EQ(modeOf(db), 0600u);
  EXPECT_EQ(modeOf(db.string() + "-wal"), 0600u);
  EXPECT_EQ(modeOf(db.string() + "-shm"), 0600u);
  EXPECT_EQ(modeOf(db.parent_path()), 0700u);
}

TEST_F(LeadStoreTest, LooseModesAreTightenedAtOpen) {
  { ASSERT_TRUE(openStore()); }
  const auto db = options().dbPath;
  ASSERT_EQ(::chmod(db.c_str(), 0644), 0);
  ASSERT_TRUE(openStore());
  EXPECT_EQ(modeOf(db), 0600u);
}

// Overwrites part of the file with garbage once the WAL is checkpointed into it.
void damage(const std::filesystem::path& db, std::size_t offset, std::size_t length) {
  std::fstream file(db, std::ios::in | std::ios::out | std::ios::binary);
  file.seekp(static_cast<std::streamoff>(offset));
  for (std::size_t i = 0; i < length; ++i) file.put(static_cast<char>((i * 7 + 13) & 0xFF));
}

TEST_F(LeadStoreTest, DamagedDatabaseIsMovedAsideAndTheKioskKeepsTakingLeads) {
  {
    auto store = openStore();
    ASSERT_TRUE(store);
    for (int i = 0; i < 50; ++i) ASSERT_TRUE(store->submit(sampleLead("v" + std::to_string(i) + "@example.it")));
  }  // the last connection closes: WAL checkpointed into the file
  const auto path = options().dbPath;
  ASSERT_FALSE(std::filesystem::exists(path.string() + "-wal"));
  damage(path, 4096 * 3, 4096 * 2);
  const std::string damagedBytes = test::readFile(path);

  auto o = options();
  o.onDamage = LeadStoreOptions::OnDamage::Refuse;
  auto refused = LeadStore::open(o);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::Corrupt);
  EXPECT_EQ(test::readFile(path), damagedBytes);  // staff tools leave it alone

  auto store = openStore();
  ASSERT_TRUE(store);
  const StoreStatus status = store->status();
  EXPECT_FALSE(status.integrityOk);
  EXPECT_TRUE(status.needsStaff());
  EXPECT_FALSE(status.integrityProblem.empty());
  ASSERT_FALSE(status.damagedCopy.empty());
  EXPECT_EQ(test::readFile(status.damagedCopy), damagedBytes);  // every byte kept for recovery
  EXPECT_EQ(modeOf(status.damagedCopy), 0600u);

  const auto receipt = store->submit(sampleLead());
  ASSERT_TRUE(receipt);
  EXPECT_EQ(receipt->status, SubmitStatus::Stored);
  auto check = store->check();
  ASSERT_TRUE(check);
  EXPECT_TRUE(check->ok);
  EXPECT_EQ(check->leads, 1);
}

TEST_F(LeadStoreTest, NotADatabaseIsTreatedAsDamaged) {
  test::StoreTest::dir.write("data/leads.db", std::string(8192, 'x'));
  auto store = openStore();
  ASSERT_TRUE(store);
  EXPECT_FALSE(store->status().integrityOk);
  EXPECT_TRUE(store->submit(sampleLead()));
}

TEST_F(LeadStoreTest, ForeignSqliteDatabaseIsRefused) {
  {
    std::filesystem::create_directories(options().dbPath.parent_path());
    auto db = sqlite::Database::open(options().dbPath, sqlite::Database::Mode::ReadWriteCreate);
    ASSERT_TRUE(db);
    ASSERT_TRUE(db->exec("CREATE TABLE photos(id INTEGER)"));
  }
  auto store = LeadStore::open(options());
  ASSERT_FALSE(store);
  EXPECT_EQ(store.error().code, ErrorCode::Schema);
}

TEST_F(LeadStoreTest, BackupsAreConsistentPrivateAndRotated) {
  auto o = options();
  o.backupDir = dir.path() / "backups";
  o.backupsKept = 2;
  auto store = openStore(o);
  ASSERT_TRUE(store);
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE(store->submit(sampleLead("b" + std::to_string(i) + "@example.it")));
    clock.now += std::chrono::hours(24);
    auto file = store->backupNow();
    ASSERT_TRUE(file) << describe(file.error());
    EXPECT_EQ(modeOf(*file), 0600u);
  }
  const auto files = listBackups(o.backupDir);
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(store->status().lastBackup, files.back());
  auto copy = sqlite::Database::open(files.back(), sqlite::Database::Mode::ReadOnly);
  ASSERT_TRUE(copy);
  EXPECT_EQ(copy->queryInt("SELECT count(*) FROM lead").value_or(-1), 3);
  EXPECT_EQ(copy->queryText("PRAGMA integrity_check").value_or(""), "ok");
  auto older = sqlite::Database::open(files.front(), sqlite::Database::Mode::ReadOnly);
  ASSERT_TRUE(older);
  EXPECT_EQ(older->queryInt("SELECT count(*) FROM lead").value_or(-1), 2);
}

TEST_F(LeadStoreTest, StaffQueriesByDayEventAndName) {
  ::setenv("TZ", "UTC", 1);
  ::tzset();
  auto o = options();
  o.rules.required = {};
  auto store = openStore(o);
  ASSERT_TRUE(store);
  const auto add = [&](const char* when, const char* email, const char* event, const char* first, const char* company) {
    clock.now = at(when);
    Lead lead = sampleLead(email, event);
    lead.fields.firstName = first;
    lead.fields.company = company;
    auto receipt = store->submit(lead);
    ASSERT_TRUE(receipt) << describe(receipt.error());
  };
  add("2024-05-17T09:00:00.000Z", "a@example.it", "Fiera A", "Anna", "Alfa 100% S.r.l.");
  add("2024-05-17T11:00:00.000Z", "b@example.it", "Fiera A", "Bruno", "Beta");
  add("2024-05-18T10:00:00.000Z", "c@example.it", "Fiera B", "Carla", "Gamma");
  add("2024-05-18T12:00:00.000Z", "a@example.it", "Fiera A", "Anna", "");  // Anna comes back

  const auto ids = [&](LeadFilter filter) {
    std::vector<std::string> names;
    auto list = store->list(filter);
    EXPECT_TRUE(list);
    if (list)
      for (const auto& r : *list) names.push_back(r.fields.firstName);
    return names;
  };
  EXPECT_EQ(ids({.day = "2024-05-17"}), (std::vector<std::string>{"Anna", "Bruno"}));
  EXPECT_EQ(ids({.day = "2024-05-18"}), (std::vector<std::string>{"Anna", "Carla"}));
  EXPECT_EQ(ids({.event = "Fiera B"}), std::vector<std::string>{"Carla"});
  EXPECT_EQ(ids({.name = "bru"}), std::vector<std::string>{"Bruno"});
  EXPECT_EQ(ids({.name = "anna d'angelo"}), std::vector<std::string>{"Anna"});
  EXPECT_EQ(ids({.name = "100%"}), std::vector<std::string>{"Anna"});  // % matched literally
  EXPECT_EQ(ids({.name = "1_0"}), std::vector<std::string>{});
  EXPECT_EQ(ids({.email = "B@EXAMPLE.IT"}), std::vector<std::string>{"Bruno"});
  EXPECT_EQ(ids({.since = "2024-05-18"}), (std::vector<std::string>{"Anna", "Carla"}));
  EXPECT_EQ(ids({.newestFirst = true, .limit = 2}), (std::vector<std::string>{"Carla", "Bruno"}));
  EXPECT_EQ(ids({.limit = 1, .offset = 1}), std::vector<std::string>{"Bruno"});

  auto bad = store->list({.day = "18/05/2024"});
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code, ErrorCode::Invalid);

  auto days = store->countsPerDay();
  ASSERT_TRUE(days);
  EXPECT_EQ(*days, (std::vector<DayCount>{{"2024-05-18", 1, 2}, {"2024-05-17", 2, 2}}));
  auto fieraA = store->countsPerDay("Fiera A");
  ASSERT_TRUE(fieraA);
  EXPECT_EQ(*fieraA, (std::vector<DayCount>{{"2024-05-18", 0, 1}, {"2024-05-17", 2, 2}}));
  auto events = store->events();
  ASSERT_TRUE(events);
  EXPECT_EQ(*events, (std::vector<std::string>{"Fiera A", "Fiera B"}));
  ::unsetenv("TZ");
  ::tzset();
}

}  // namespace
}  // namespace kiosk::leads
