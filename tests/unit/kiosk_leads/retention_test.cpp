#include <gtest/gtest.h>

#include "tests/unit/kiosk_leads/leads_test_util.h"

namespace kiosk::leads {
namespace {

using test::at;
using test::sampleLead;

class RetentionTest : public test::StoreTest {};

TEST_F(RetentionTest, PurgeDeletesLeadsWithoutAVisitForTheRetentionPeriod) {
  auto o = options();
  o.retentionMonths = 12;
  auto store = openStore(o);
  ASSERT_TRUE(store);
  clock.now = at("2023-01-10T10:00:00.000Z");
  const auto old = store->submit(sampleLead("old@example.it"));
  const auto renewed = store->submit(sampleLead("renewed@example.it"));
  clock.now = at("2024-03-01T10:00:00.000Z");
  const auto recent = store->submit(sampleLead("recent@example.it"));
  ASSERT_TRUE(store->submit(sampleLead("renewed@example.it")));  // came back: the clock restarts
  ASSERT_TRUE(old && renewed && recent);
  EXPECT_EQ(count("SELECT count(*) FROM lead"), 3);

  clock.now = at("2024-01-05T10:00:00.000Z");  // the oldest is 11 months and 26 days old
  auto none = store->purgeExpired();
  ASSERT_TRUE(none);
  EXPECT_EQ(*none, 0);

  clock.now = at("2025-01-15T10:00:00.000Z");
  auto purged = store->purgeExpired();
  ASSERT_TRUE(purged) << describe(purged.error());
  EXPECT_EQ(*purged, 1);
  EXPECT_EQ(count("SELECT count(*) FROM lead WHERE lead_id = '" + old->leadId + "'"), 0);
  EXPECT_EQ(count("SELECT count(*) FROM lead"), 2);
  // Consents, visits and the queued copies in the outbox go with it.
  EXPECT_EQ(count("SELECT count(*) FROM consent WHERE lead_id = '" + old->leadId + "'"), 0);
  EXPECT_EQ(count("SELECT count(*) FROM visit WHERE lead_id = '" + old->leadId + "'"), 0);
  EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE lead_id = '" + old->leadId + "'"), 0);
  EXPECT_EQ(count("SELECT count(*) FROM consent"), 6);
  EXPECT_EQ(count("SELECT count(*) FROM audit WHERE action = 'purge' AND n = 1"), 1);
  EXPECT_EQ(count("PRAGMA foreign_key_check"), 0);

  auto later = store->purgeOlderThanMonths(1);
  ASSERT_TRUE(later);
  EXPECT_EQ(*later, 2);
  EXPECT_FALSE(store->purgeOlderThanMonths(0));
}

TEST_F(RetentionTest, EraseRemovesEveryLeadOfTheEmailAndLeavesATombstone) {
  auto store = openStore();
  ASSERT_TRUE(store);
  const auto a = store->submit(sampleLead("erase.me@example.it", "Fiera A"));
  const auto b = store->submit(sampleLead("Erase.Me@Example.it", "Fiera B"));
  const auto keep = store->submit(sampleLead("keep@example.it", "Fiera A"));
  ASSERT_TRUE(a && b && keep);

  auto erased = store->eraseByEmail("  ERASE.ME@example.IT ");
  ASSERT_TRUE(erased) << describe(erased.error());
  EXPECT_EQ(*erased, 2);
  EXPECT_EQ(count("SELECT count(*) FROM lead"), 1);
  EXPECT_EQ(count("SELECT count(*) FROM lead WHERE lead_id = '" + keep->leadId + "'"), 1);
  EXPECT_EQ(count("SELECT count(*) FROM consent"), 2);
  EXPECT_EQ(count("SELECT count(*) FROM visit"), 1);
  // Only the tombstones are left of the erased leads in the outbox.
  EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE lead_id IN ('" + a->leadId + "', '" + b->leadId + "')"), 2);
  EXPECT_EQ(count("SELECT count(*) FROM outbox WHERE op = 'erase' AND entity = 'lead' AND entity_id = lead_id"), 2);
  EXPECT_EQ(count("SELECT count(*) FROM audit WHERE action = 'erase'"), 2);

  auto again = store->eraseByEmail("erase.me@example.it");
  ASSERT_TRUE(again);
  EXPECT_EQ(*again, 0);
  EXPECT_FALSE(store->eraseByEmail("   "));
}

TEST_F(RetentionTest, ErasedDataIsGoneFromTheFilesNotOnlyFromTheTables) {
  auto store = openStore();
  ASSERT_TRUE(store);
  const std::string canary = "canary.7f3a9c@example.it";
  Lead lead = sampleLead(canary);
  lead.fields.lastName = "Canarino-7f3a9c";
  for (int i = 0; i < 20; ++i) ASSERT_TRUE(store->submit(sampleLead("other" + std::to_string(i) + "@example.it")));
  ASSERT_TRUE(store->submit(lead));
  for (int i = 20; i < 40; ++i) ASSERT_TRUE(store->submit(sampleLead("other" + std::to_string(i) + "@example.it")));

  const auto path = options().dbPath;
  const auto files = [&] { return test::readFile(path) + test::readFile(path.string() + "-wal"); };
  ASSERT_NE(files().find("Canarino-7f3a9c"), std::string::npos);  // the check below can fail

  auto erased = store->eraseByEmail(canary);
  ASSERT_TRUE(erased);
  ASSERT_EQ(*erased, 1);
  const std::string bytes = files();
  EXPECT_EQ(bytes.find(canary), std::string::npos);
  EXPECT_EQ(bytes.find("Canarino-7f3a9c"), std::string::npos);
  EXPECT_NE(bytes.find("other39@example.it"), std::string::npos);
}

}  // namespace
}  // namespace kiosk::leads
