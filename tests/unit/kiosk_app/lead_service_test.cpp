// The lead worker used from several threads at once, as the UI thread and the staff panel do:
// every submission gets its receipt, every lead is on disk, staff queries see them. Also run
// under ThreadSanitizer by scripts/test.sh.
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <gtest/gtest.h>

#include "kiosk/app/lead_service.h"
#include "tests/unit/kiosk_leads/leads_test_util.h"

namespace kiosk::app {
namespace {

TEST(LeadService, ConcurrentSubmissionsAndQueriesAreAllAnswered) {
  kiosk::test::TempDir dir;
  leads::LeadStoreOptions options;
  options.dbPath = dir.path() / "leads.sqlite";
  options.kioskId = "kiosk-pg-01";
  options.startupCheck = leads::LeadStoreOptions::StartupCheck::Quick;

  std::mutex mutex;
  std::condition_variable changed;
  std::vector<LeadReceipt> receipts;
  std::vector<core::LeadQueryResult> results;
  LeadService::Callbacks callbacks;
  callbacks.receipt = [&](LeadReceipt r) {
    std::lock_guard lock(mutex);
    receipts.push_back(r);
    changed.notify_all();
  };
  callbacks.report = [](LeadStoreReport) {};
  callbacks.queryResult = [&](core::LeadQueryResult r) {
    std::lock_guard lock(mutex);
    results.push_back(std::move(r));
    changed.notify_all();
  };
  LeadService service(options, callbacks, [](devices::WorkerStatus) {});
  service.start();

  constexpr int kPerThread = 8;
  auto visitor = [&](int thread) {
    for (int i = 0; i < kPerThread; ++i) {
      const std::string email = "v" + std::to_string(thread) + "-" + std::to_string(i) + "@example.it";
      service.submit(leads::test::sampleLead(email), static_cast<std::uint64_t>(thread * 100 + i));
    }
  };
  std::thread a(visitor, 1);
  std::thread b(visitor, 2);
  std::thread staff([&] {
    for (std::uint64_t id = 1; id <= 4; ++id) service.query(core::LeadQuery{id, {}, ""});
  });
  a.join();
  b.join();
  staff.join();
  {
    std::unique_lock lock(mutex);
    ASSERT_TRUE(changed.wait_for(lock, std::chrono::seconds(30),
                                 [&] { return receipts.size() == 2 * kPerThread && results.size() == 4; }))
        << receipts.size() << " receipts, " << results.size() << " query results";
  }
  service.query(core::LeadQuery{5, {}, ""});
  {
    std::unique_lock lock(mutex);
    ASSERT_TRUE(changed.wait_for(lock, std::chrono::seconds(30), [&] { return results.size() == 5; }));
  }
  service.stop();

  std::lock_guard lock(mutex);
  for (const LeadReceipt& r : receipts) EXPECT_TRUE(r.stored) << "session " << r.session;
  EXPECT_TRUE(results.back().error.empty()) << results.back().error;
  EXPECT_EQ(results.back().rows.size(), 2u * kPerThread);
}

}  // namespace
}  // namespace kiosk::app
