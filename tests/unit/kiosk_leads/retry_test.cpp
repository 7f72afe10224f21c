// A disk that refuses (full, read-only) must never lose a lead the visitor submitted: it
// waits in memory and is stored, with the same id, once the disk accepts writes again.
#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include "kiosk/leads/lead_writer.h"
#include "kiosk/leads/migrations.h"
#include "tests/unit/kiosk_leads/leads_test_util.h"

namespace kiosk::leads {
namespace {

using test::sampleLead;

class RetryTest : public test::StoreTest {
 protected:
  // The fault is injected at every (re)connect while `fault` is set: a page limit at the
  // current size (real SQLITE_FULL) or query_only (real SQLITE_READONLY).
  LeadStoreOptions faultyOptions() {
    auto o = options();
    o.onConnect = [this](sqlite::Database& db) {
      if (fault == Fault::Full) {
        const auto pages = db.queryInt("PRAGMA page_count").value_or(1);
        ASSERT_TRUE(db.exec("PRAGMA max_page_count = " + std::to_string(pages)));
      } else if (fault == Fault::ReadOnly) {
        ASSERT_TRUE(db.exec("PRAGMA query_only = ON"));
      }
    };
    return o;
  }
  bool storedInDb(const std::string& id) {
    return count("SELECT count(*) FROM lead WHERE lead_id = '" + id + "'") == 1;
  }
  static Lead bigLead(int i) {
    Lead lead = sampleLead("visitor" + std::to_string(i) + "@example.it");
    lead.fields.note = std::string(900, 'n');
    return lead;
  }

  enum class Fault { None, Full, ReadOnly } fault = Fault::None;
};

TEST_F(RetryTest, DiskFullKeepsTheLeadInMemoryUntilThereIsRoom) {
  fault = Fault::Full;
  auto store = openStore(faultyOptions());
  ASSERT_TRUE(store);
  std::vector<std::string> stored;
  std::optional<SubmitReceipt> pending;
  for (int i = 0; i < 500 && !pending; ++i) {
    auto receipt = store->submit(bigLead(i));
    ASSERT_TRUE(receipt);
    if (receipt->status == SubmitStatus::Stored) stored.push_back(receipt->leadId);
    else pending = *receipt;
  }
  ASSERT_TRUE(pending) << "the page limit never filled up";
  ASSERT_TRUE(pending->error);
  EXPECT_EQ(pending->error->code, ErrorCode::Full);
  EXPECT_EQ(store->pendingCount(), 1u);
  EXPECT_TRUE(store->status().needsStaff());
  EXPECT_FALSE(storedInDb(pending->leadId));

  // Still full: a retry fails, and a new visitor's lead queues behind the first.
  EXPECT_EQ(store->retryPending(), 0u);
  auto second = store->submit(bigLead(1000));
  ASSERT_TRUE(second);
  EXPECT_EQ(second->status, SubmitStatus::Pending);
  EXPECT_EQ(store->pendingCount(), 2u);

  fault = Fault::None;  // space freed
  EXPECT_EQ(store->retryPending(), 2u);
  EXPECT_EQ(store->pendingCount(), 0u);
  EXPECT_FALSE(store->status().lastWriteError);
  EXPECT_TRUE(storedInDb(pending->leadId));
  EXPECT_TRUE(storedInDb(second->leadId));
  for (const auto& id : stored) EXPECT_TRUE(storedInDb(id));
  EXPECT_EQ(count("SELECT count(*) FROM lead"), static_cast<std::int64_t>(stored.size() + 2));
  EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE lead_id = '" + pending->leadId + "'"), 4);
  auto check = store->check();
  ASSERT_TRUE(check);
  EXPECT_TRUE(check->ok);
}

TEST_F(RetryTest, ReadOnlyDatabaseQueuesAndTheNextSubmitFlushesInOrder) {
  auto store = openStore(faultyOptions());
  ASSERT_TRUE(store);
  fault = Fault::ReadOnly;
  ASSERT_TRUE(store->submit(sampleLead("first@example.it")));  // the connection is still the old one
  // Force a reconnect as after a failure: the first write on it fails, read-only.
  store.reset();
  store = openStore(faultyOptions());
  ASSERT_TRUE(store);
  auto queued = store->submit(sampleLead("queued@example.it"));
  ASSERT_TRUE(queued);
  ASSERT_EQ(queued->status, SubmitStatus::Pending);
  EXPECT_EQ(queued->error->code, ErrorCode::ReadOnly);

  fault = Fault::None;
  test::StoreTest::clock.now += std::chrono::minutes(5);
  auto next = store->submit(sampleLead("next@example.it"));
  ASSERT_TRUE(next);
  EXPECT_EQ(next->status, SubmitStatus::Stored);
  EXPECT_EQ(store->pendingCount(), 0u);
  auto leads = store->list({});
  ASSERT_TRUE(leads);
  ASSERT_EQ(leads->size(), 3u);
  EXPECT_EQ(leads->at(1).id, queued->leadId);
  EXPECT_EQ(leads->at(1).fields.email, "queued@example.it");
  EXPECT_LT(leads->at(1).createdAt, leads->at(2).createdAt);  // submitted time kept, order kept
}

TEST_F(RetryTest, PendingDuplicateIsMergedWhenItIsFinallyStored) {
  auto store = openStore(faultyOptions());
  ASSERT_TRUE(store);
  const auto first = store->submit(sampleLead("same@example.it"));
  ASSERT_TRUE(first);
  fault = Fault::ReadOnly;
  store.reset();
  store = openStore(faultyOptions());
  auto again = store->submit(sampleLead("SAME@example.it"));
  ASSERT_TRUE(again);
  ASSERT_EQ(again->status, SubmitStatus::Pending);
  fault = Fault::None;
  EXPECT_EQ(store->retryPending(), 1u);
  EXPECT_EQ(count("SELECT count(*) FROM lead"), 1);
  EXPECT_EQ(count("SELECT count(*) FROM visit"), 2);
}

TEST_F(RetryTest, ErasureAlsoDropsPendingLeads) {
  fault = Fault::ReadOnly;
  auto store = openStore(faultyOptions());
  ASSERT_TRUE(store);
  auto queued = store->submit(sampleLead("forget.me@example.it"));
  ASSERT_TRUE(queued);
  ASSERT_EQ(queued->status, SubmitStatus::Pending);
  fault = Fault::None;
  auto erased = store->eraseByEmail("Forget.Me@example.it");
  ASSERT_TRUE(erased) << describe(erased.error());
  EXPECT_EQ(*erased, 1);
  EXPECT_EQ(store->pendingCount(), 0u);
  EXPECT_EQ(count("SELECT count(*) FROM lead"), 0);
}

TEST_F(RetryTest, BlankErasureRequestDropsNoPendingLead) {
  fault = Fault::ReadOnly;
  auto o = faultyOptions();
  o.rules.required = {Field::FirstName};
  auto store = openStore(o);
  ASSERT_TRUE(store);
  auto queued = store->submit(sampleLead(""));
  ASSERT_TRUE(queued);
  ASSERT_EQ(queued->status, SubmitStatus::Pending);
  auto erased = store->eraseByEmail("  ");
  ASSERT_FALSE(erased);
  EXPECT_EQ(erased.error().code, ErrorCode::Invalid);
  EXPECT_EQ(store->pendingCount(), 1u);
}

TEST_F(RetryTest, SecondAttemptOfACommittedWriteDoesNotDuplicate) {
  // An I/O error reported after the commit reached the disk: the retry finds the visit.
  auto store = openStore();
  ASSERT_TRUE(store);
  store.reset();
  auto db = raw();
  ASSERT_TRUE(db.exec("PRAGMA foreign_keys = ON"));
  const PreparedLead prepared = prepareLead(sampleLead(), test::at("2024-05-17T10:00:00.000Z"));
  auto first = writeLead(db, prepared);
  ASSERT_TRUE(first);
  EXPECT_FALSE(first->alreadyStored);
  auto second = writeLead(db, prepared);
  ASSERT_TRUE(second);
  EXPECT_TRUE(second->alreadyStored);
  EXPECT_EQ(second->leadId, prepared.leadId);
  EXPECT_EQ(count("SELECT count(*) FROM lead"), 1);
  EXPECT_EQ(count("SELECT count(*) FROM visit"), 1);
  EXPECT_EQ(count("SELECT count(*) FROM consent"), 2);
}

TEST_F(RetryTest, FileMadeReadOnlyByItsMode) {
  if (::geteuid() == 0) GTEST_SKIP() << "root ignores file modes (the query_only test covers SQLITE_READONLY)";
  auto store = openStore();
  ASSERT_TRUE(store);
  store.reset();  // closes: the WAL is checkpointed and removed
  const auto path = options().dbPath;
  ASSERT_EQ(::chmod(path.c_str(), 0400), 0);
  store = openStore();
  ASSERT_TRUE(store);
  auto queued = store->submit(sampleLead());
  ASSERT_TRUE(queued);
  ASSERT_EQ(queued->status, SubmitStatus::Pending);
  ASSERT_EQ(::chmod(path.c_str(), 0600), 0);
  EXPECT_EQ(store->retryPending(), 1u) << describe(store->status().lastWriteError.value_or(Error{}));
  EXPECT_EQ(count("SELECT count(*) FROM lead"), 1);
}

}  // namespace
}  // namespace kiosk::leads
