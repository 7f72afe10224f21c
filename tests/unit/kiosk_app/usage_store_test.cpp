// The anonymous usage counts: counts per day and event come back as the dashboard's summary
// (today, this event, the last days with zeros for quiet days), the file is private (0600),
// the service counts what was queued before a stop and reports the data folder's free space,
// and a store that cannot be created is reported, not fatal.
#include <sys/stat.h>

#include <future>

#include <gtest/gtest.h>

#include "kiosk/app/staff_pin_file.h"
#include "kiosk/app/usage_service.h"
#include "kiosk/app/usage_store.h"
#include "kiosk/core/pin_hash.h"
#include "tests/unit/temp_dir.h"

namespace kiosk::app {
namespace {

using core::UsageKind;

core::UsageEvent event(UsageKind kind, std::string day, std::string eventName = "Fiera", std::string subject = "") {
  return {kind, std::move(subject), std::move(day), std::move(eventName)};
}

TEST(UsageStore, SummarisesTodayTheEventAndTheLastDays) {
  test::TempDir dir;
  auto store = UsageStore::open(dir.path() / "data" / "usage.sqlite");
  ASSERT_TRUE(store) << store.error();
  for (int i = 0; i < 3; ++i) ASSERT_TRUE((*store)->add(event(UsageKind::Session, "2026-03-12")));
  ASSERT_TRUE((*store)->add(event(UsageKind::ScreenVisit, "2026-03-12", "Fiera", "home")));
  ASSERT_TRUE((*store)->add(event(UsageKind::ScreenVisit, "2026-03-12", "Fiera", "home")));
  ASSERT_TRUE((*store)->add(event(UsageKind::Lead, "2026-03-12")));
  ASSERT_TRUE((*store)->add(event(UsageKind::Session, "2026-03-10")));
  ASSERT_TRUE((*store)->add(event(UsageKind::Session, "2026-03-10", "Other fair")));
  ASSERT_TRUE((*store)->add(event(UsageKind::Demo, "2026-02-01", "Fiera", "printer")));  // outside the days shown

  auto summary = (*store)->summary("2026-03-12", "Fiera", 4);
  ASSERT_TRUE(summary) << summary.error();
  EXPECT_EQ(summary->today, "2026-03-12");
  EXPECT_EQ(summary->todayTotals.sessions, 3);
  EXPECT_EQ(summary->todayTotals.screenVisits, 2);
  EXPECT_EQ(summary->todayTotals.leads, 1);
  EXPECT_EQ(summary->eventTotals.sessions, 4) << "3 today + 1 on the 10th at this event, not the other fair";
  EXPECT_EQ(summary->eventTotals.demos, 1);
  ASSERT_EQ(summary->days.size(), 4u);
  EXPECT_EQ(summary->days[0].day, "2026-03-09");
  EXPECT_EQ(summary->days[0].totals.sessions, 0);
  EXPECT_EQ(summary->days[1].totals.sessions, 2) << "both events on the 10th";
  EXPECT_EQ(summary->days[3].totals.leads, 1);

  auto all = (*store)->summary("2026-03-12", "", 1);
  ASSERT_TRUE(all);
  EXPECT_EQ(all->eventTotals.sessions, 5) << "no event set: every count";

  struct stat st {};
  ASSERT_EQ(::stat((dir.path() / "data" / "usage.sqlite").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
}

TEST(UsageStore, AnUnusableFolderIsAnErrorNamingTheFile) {
  test::TempDir dir;
  const auto blocker = dir.write("not-a-dir", "x");
  auto store = UsageStore::open(blocker / "usage.sqlite");
  ASSERT_FALSE(store);
  EXPECT_NE(store.error().find("usage.sqlite"), std::string::npos) << store.error();
}

TEST(UsageService, CountsWhatWasQueuedAndReportsTheSummary) {
  test::TempDir dir;
  UsageService::Options options;
  options.database = dir.path() / "usage.sqlite";
  options.dataDir = dir.path();
  options.clock = core::WallClock::startingAt(*core::parseLocalDateTime("2026-03-12T10:00"));
  std::mutex mutex;
  std::vector<UsageReport> reports;
  {
    UsageService service(options, [&](UsageReport r) {
      std::lock_guard lock(mutex);
      reports.push_back(std::move(r));
    }, nullptr);
    service.setEvent("Fiera");
    service.start();
    service.record(event(UsageKind::Session, "2026-03-12"));
    service.record(event(UsageKind::Assessment, "2026-03-12"));
    for (int i = 0; i < 200; ++i) {
      {
        std::lock_guard lock(mutex);
        if (!reports.empty() && reports.back().summary.todayTotals.assessments == 1) break;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    service.record(event(UsageKind::Lead, "2026-03-12"));  // queued just before the stop: still counted
  }
  std::lock_guard lock(mutex);
  ASSERT_FALSE(reports.empty());
  EXPECT_TRUE(reports.back().open);
  EXPECT_EQ(reports.back().summary.todayTotals.sessions, 1);
  EXPECT_EQ(reports.back().summary.event, "Fiera");
  ASSERT_TRUE(reports.back().dataFreeBytes);
  EXPECT_GT(*reports.back().dataFreeBytes, 0u);
  auto store = UsageStore::open(options.database);
  ASSERT_TRUE(store);
  auto summary = (*store)->summary("2026-03-12", "Fiera", 1);
  ASSERT_TRUE(summary);
  EXPECT_EQ(summary->todayTotals.leads, 1);
}

TEST(UsageService, ABrokenStoreIsReportedAndTheServiceRuns) {
  test::TempDir dir;
  const auto blocker = dir.write("not-a-dir", "x");
  UsageService::Options options;
  options.database = blocker / "usage.sqlite";
  options.dataDir = dir.path();
  std::promise<UsageReport> first;
  bool set = false;
  UsageService service(options, [&](UsageReport r) {
    if (!set) {
      set = true;
      first.set_value(std::move(r));
    }
  }, nullptr);
  service.start();
  auto report = first.get_future();
  ASSERT_EQ(report.wait_for(std::chrono::seconds(5)), std::future_status::ready);
  const UsageReport r = report.get();
  EXPECT_FALSE(r.open);
  EXPECT_FALSE(r.problem.empty());
  service.record(event(UsageKind::Session, "2026-03-12"));  // dropped with a log line, no crash
}

TEST(StaffPinFile, TheStoredPinWinsAndTheFileIsPrivate) {
  test::TempDir dir;
  const auto file = staffPinFile(dir.path() / "data");
  EXPECT_FALSE(readStaffPinHash(file));
  auto stored = storeStaffPin(file, "97531");
  ASSERT_TRUE(stored) << stored.error();
  const auto hash = readStaffPinHash(file);
  ASSERT_TRUE(hash);
  EXPECT_EQ(*hash, *stored);
  EXPECT_TRUE(core::verifyPin(*hash, "97531"));
  EXPECT_FALSE(core::verifyPin(*hash, "2468"));
  struct stat st {};
  ASSERT_EQ(::stat(file.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  EXPECT_FALSE(std::filesystem::exists(file.string() + ".new"));
  EXPECT_FALSE(storeStaffPin(file, "12"));
  EXPECT_TRUE(core::verifyPin(*readStaffPinHash(file), "97531")) << "a refused PIN leaves the stored one";
}

TEST(StaffPinFile, AFileWithoutAHashIsIgnored) {
  test::TempDir dir;
  const auto file = dir.write("staff-pin.hash", "2468\n");
  EXPECT_FALSE(readStaffPinHash(file));
}

}  // namespace
}  // namespace kiosk::app
