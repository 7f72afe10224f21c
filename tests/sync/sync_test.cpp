// The fleet sync against a real PostgreSQL (started by with-postgres.sh): new leads arrive
// once, a crash between the server's commit and the local ack duplicates nothing, two kiosks
// sync at once, erasures propagate and stick, and a server that is down loses nothing.
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <thread>

#include <gtest/gtest.h>

#include "kiosk/leads/demo_leads.h"
#include "kiosk/leads/lead_store.h"
#include "kiosk/sync/central_schema.h"
#include "kiosk/sync/outbox_sync.h"
#include "temp_dir.h"

namespace kiosk::sync {
namespace {

std::string conninfo() {
  const char* info = std::getenv("PG_TEST_CONNINFO");
  return info ? info : "";
}

SyncOptions withBatch(std::size_t rows) {
  SyncOptions options;
  options.batchRows = rows;
  return options;
}

class SyncTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_FALSE(conninfo().empty()) << "run me through tests/sync/with-postgres.sh";
    auto pg = PgConnection::connect(conninfo());
    ASSERT_TRUE(pg) << pg.error().message;
    m_pg.emplace(std::move(*pg));
    ASSERT_TRUE(m_pg->exec("DROP TABLE IF EXISTS pid_consent, pid_visit, pid_lead, pid_erasure, pid_schema"));
    auto before = migrateCentral(*m_pg);
    ASSERT_TRUE(before) << before.error().message;
    EXPECT_EQ(*before, 0);
  }

  std::filesystem::path kiosk(const std::string& name, int leads, std::size_t first = 0) {
    const auto db = m_dir.path() / (name + ".sqlite");
    leads::LeadStoreOptions options;
    options.dbPath = db;
    options.kioskId = name;
    auto store = leads::LeadStore::open(options);
    EXPECT_TRUE(store);
    for (int i = 0; i < leads; ++i) {
      auto receipt = (*store)->submit(leads::makeDemoLead(first + static_cast<std::size_t>(i), "Maker Faire", name,
                                                          leads::Clock::now()));
      EXPECT_TRUE(receipt && receipt->status == leads::SubmitStatus::Stored);
    }
    return db;
  }

  long long count(const std::string& table) {
    auto rows = m_pg->query("SELECT count(*) FROM " + table, {});
    EXPECT_TRUE(rows);
    return rows ? std::atoll(rows->text(0, 0).c_str()) : -1;
  }

  test::TempDir m_dir;
  std::optional<PgConnection> m_pg;
};

TEST_F(SyncTest, NewLeadsArriveWithTheirVisitsAndConsents) {
  const auto db = kiosk("kiosk-a", 5);
  auto report = syncOutbox(db, conninfo(), withBatch(4));
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_EQ(report->leads, 5u);
  EXPECT_EQ(report->pending, 0u);
  EXPECT_GE(report->batches, 5u) << "5 leads x 4 rows in batches of 4";
  EXPECT_EQ(count("pid_lead"), 5);
  EXPECT_EQ(count("pid_visit"), 5);
  EXPECT_EQ(count("pid_consent"), 10);
  auto again = syncOutbox(db, conninfo());
  ASSERT_TRUE(again);
  EXPECT_EQ(again->rows, 0u) << "nothing left to send";
}

TEST_F(SyncTest, CrashAfterServerCommitBeforeLocalAckDuplicatesNothing) {
  const auto db = kiosk("kiosk-a", 3);
  // A child process syncs and dies (like SIGKILL: no cleanup) right after the server committed.
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    SyncOptions dying;
    dying.afterServerCommit = [] { ::_exit(9); };
    (void)syncOutbox(db, conninfo(), dying);
    ::_exit(0);
  }
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFEXITED(status));
  ASSERT_EQ(WEXITSTATUS(status), 9) << "the child must have died after the server's commit";
  EXPECT_EQ(count("pid_lead"), 3) << "the server has the batch";

  auto resent = syncOutbox(db, conninfo());
  ASSERT_TRUE(resent) << resent.error().message;
  EXPECT_GT(resent->rows, 0u) << "the unacknowledged batch is sent again";
  EXPECT_EQ(resent->pending, 0u);
  EXPECT_EQ(count("pid_lead"), 3);
  EXPECT_EQ(count("pid_visit"), 3);
  EXPECT_EQ(count("pid_consent"), 6);
}

TEST_F(SyncTest, TwoKiosksSyncingAtOnceBothArrive) {
  const auto a = kiosk("kiosk-a", 40);
  const auto b = kiosk("kiosk-b", 40, 1000);
  std::optional<tl::expected<SyncReport, SyncError>> ra, rb;
  std::thread ta([&] { ra = syncOutbox(a, conninfo(), withBatch(8)); });
  std::thread tb([&] { rb = syncOutbox(b, conninfo(), withBatch(8)); });
  ta.join();
  tb.join();
  ASSERT_TRUE(*ra) << ra->error().message;
  ASSERT_TRUE(*rb) << rb->error().message;
  EXPECT_EQ(count("pid_lead"), 80);
  EXPECT_EQ(count("pid_consent"), 160);
  auto perKiosk = m_pg->query("SELECT kiosk_id, count(*) FROM pid_lead GROUP BY kiosk_id ORDER BY kiosk_id", {});
  ASSERT_TRUE(perKiosk);
  ASSERT_EQ(perKiosk->rows(), 2);
  EXPECT_EQ(perKiosk->text(0, 1), "40");
  EXPECT_EQ(perKiosk->text(1, 1), "40");
}

TEST_F(SyncTest, ErasurePropagatesAndAReplayCannotBringTheLeadBack) {
  const auto db = kiosk("kiosk-a", 2);
  ASSERT_TRUE(syncOutbox(db, conninfo()));
  ASSERT_EQ(count("pid_lead"), 2);
  auto stored = m_pg->query("SELECT lead_id::text, email FROM pid_lead WHERE email LIKE 'demo.0.%'", {});
  ASSERT_TRUE(stored);
  ASSERT_EQ(stored->rows(), 1);
  const std::string erasedId = stored->text(0, 0);
  const std::string email = stored->text(0, 1);
  {
    leads::LeadStoreOptions options;
    options.dbPath = db;
    options.kioskId = "kiosk-a";
    auto store = leads::LeadStore::open(options);
    ASSERT_TRUE(store);
    auto erased = (*store)->eraseByEmail(email);
    ASSERT_TRUE(erased);
    ASSERT_EQ(*erased, 1);
  }
  SyncOptions options;
  options.kioskId = "kiosk-a";
  auto report = syncOutbox(db, conninfo(), options);
  ASSERT_TRUE(report) << report.error().message;
  EXPECT_EQ(report->erasures, 1u);
  EXPECT_EQ(count("pid_lead"), 1);
  EXPECT_EQ(count("pid_consent"), 2) << "the erased lead's consents went with it";
  EXPECT_EQ(count("pid_erasure"), 1);
  // A late upsert of the erased lead (another sync replaying an old batch) is refused.
  auto replay = m_pg->query(
      "INSERT INTO pid_lead (lead_id, kiosk_id, event_name, created_at, updated_at, row_version, email, payload) "
      "SELECT $1::uuid, 'kiosk-a', '', now(), now(), 1, '', '{}'::jsonb "
      "WHERE NOT EXISTS (SELECT 1 FROM pid_erasure WHERE lead_id = $1::uuid)",
      {erasedId});
  ASSERT_TRUE(replay);
  EXPECT_EQ(replay->affected(), 0);
}

TEST_F(SyncTest, ServerDownLosesNothingAndTheNextRunSendsEverything) {
  const auto db = kiosk("kiosk-a", 4);
  auto down = syncOutbox(db, "host=127.0.0.1 port=1 user=pid dbname=pid_test connect_timeout=2");
  ASSERT_FALSE(down);
  EXPECT_NE(down.error().message.find("central database"), std::string::npos) << down.error().message;
  EXPECT_EQ(count("pid_lead"), 0);
  auto up = syncOutbox(db, conninfo());
  ASSERT_TRUE(up) << up.error().message;
  EXPECT_EQ(up->leads, 4u);
  EXPECT_EQ(count("pid_lead"), 4);
}

TEST_F(SyncTest, AFailedBatchIsRolledBackCountedAndRetried) {
  const auto db = kiosk("kiosk-a", 3);
  // The server refuses mid-batch (a trigger standing in for a constraint or a dropped link).
  ASSERT_TRUE(m_pg->exec("CREATE FUNCTION pid_refuse() RETURNS trigger LANGUAGE plpgsql AS "
                         "$$ BEGIN RAISE EXCEPTION 'refused for the test'; END $$;"
                         "CREATE TRIGGER pid_refuse BEFORE INSERT ON pid_consent FOR EACH ROW EXECUTE FUNCTION pid_refuse()"));
  auto refused = syncOutbox(db, conninfo());
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().message.find("refused for the test"), std::string::npos) << refused.error().message;
  EXPECT_EQ(count("pid_lead"), 0) << "the whole batch was rolled back, leads included";
  EXPECT_EQ(refused.error().partial.pending, 12u);
  ASSERT_TRUE(m_pg->exec("DROP TRIGGER pid_refuse ON pid_consent"));
  auto retried = syncOutbox(db, conninfo());
  ASSERT_TRUE(retried) << retried.error().message;
  EXPECT_EQ(count("pid_lead"), 3);
  EXPECT_EQ(count("pid_consent"), 6);
}

TEST_F(SyncTest, SyncRefusesACentralDatabaseWithoutTheSchema) {
  ASSERT_TRUE(m_pg->exec("DROP TABLE pid_consent, pid_visit, pid_lead, pid_erasure, pid_schema"));
  const auto db = kiosk("kiosk-a", 1);
  auto report = syncOutbox(db, conninfo());
  ASSERT_FALSE(report);
  EXPECT_NE(report.error().message.find("pg-migrate"), std::string::npos) << report.error().message;
}

}  // namespace
}  // namespace kiosk::sync
