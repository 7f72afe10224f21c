// The anonymous assessment statistics: results go in with their scores, averages come out per
// sector over one questionnaire version only, the file is private (0600), and the service
// reports the averages after each result and still writes what was queued before a stop.
#include <sys/stat.h>

#include <chrono>
#include <fstream>
#include <future>

#include <gtest/gtest.h>

#include "kiosk/app/assessment_stats_service.h"
#include "kiosk/app/assessment_stats_store.h"
#include "tests/unit/temp_dir.h"

namespace kiosk::app {
namespace {

core::AnonymousResult result(std::string sector, double strategy, std::optional<double> data, double overall,
                             std::string version = "1.0.0") {
  core::AnonymousResult r;
  r.questionnaire = "pid-kiosk-maturity";
  r.version = std::move(version);
  r.language = "it";
  r.sector = std::move(sector);
  r.size = "micro";
  r.dimensions = {{"strategy", strategy}, {"data", data}};
  r.overall = overall;
  r.level = "intermediate";
  r.finishedHour = 1'764'493'200;
  r.durationSeconds = 600;
  return r;
}

TEST(AssessmentStatsStore, AveragesPerSectorOverOneVersion) {
  kiosk::test::TempDir dir;
  auto store = AssessmentStatsStore::open(dir.path() / "stats" / "assessment.sqlite");
  ASSERT_TRUE(store) << store.error();
  ASSERT_TRUE((*store)->add(result("retail", 40, 20, 30)));
  ASSERT_TRUE((*store)->add(result("retail", 60, std::nullopt, 50)));  // no data score: left out of that mean
  ASSERT_TRUE((*store)->add(result("tourism", 10, 10, 10)));
  ASSERT_TRUE((*store)->add(result("retail", 99, 99, 99, "2.0.0")));   // another version: not comparable

  const auto stats = (*store)->stats("pid-kiosk-maturity", "1.0.0");
  ASSERT_TRUE(stats) << stats.error();
  EXPECT_EQ(stats->total, 3);
  ASSERT_EQ(stats->sectors.size(), 2u);
  const core::SectorAverage* retail = stats->sector("retail");
  ASSERT_NE(retail, nullptr);
  EXPECT_EQ(retail->results, 2);
  EXPECT_DOUBLE_EQ(retail->overall.value(), 40);
  ASSERT_EQ(retail->dimensions.size(), 2u);
  for (const auto& [id, mean] : retail->dimensions) EXPECT_DOUBLE_EQ(mean, id == "strategy" ? 50.0 : 20.0) << id;
  EXPECT_EQ(stats->sectors.front().sector, "retail");  // most results first
  EXPECT_EQ(stats->latestHour, 1'764'493'200);
  EXPECT_EQ(stats->sector("manufacturing"), nullptr);
}

TEST(AssessmentStatsStore, FileIsPrivateAndReopens) {
  kiosk::test::TempDir dir;
  const auto file = dir.path() / "assessment.sqlite";
  {
    auto store = AssessmentStatsStore::open(file);
    ASSERT_TRUE(store) << store.error();
    ASSERT_TRUE((*store)->add(result("retail", 40, 20, 30)));
  }
  struct stat info {};
  ASSERT_EQ(::stat(file.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);
  auto again = AssessmentStatsStore::open(file);
  ASSERT_TRUE(again) << again.error();
  EXPECT_EQ((*again)->stats("pid-kiosk-maturity", "1.0.0")->total, 1);
}

TEST(AssessmentStatsStore, UnwritableFolderIsAnErrorNotACrash) {
  auto store = AssessmentStatsStore::open("/proc/no-such-dir/assessment.sqlite");
  ASSERT_FALSE(store);
  EXPECT_NE(store.error().find("assessment.sqlite"), std::string::npos) << store.error();
}

TEST(AssessmentStatsService, ReportsAveragesAfterEachResultAndFinishesQueuedWork) {
  kiosk::test::TempDir dir;
  std::mutex mutex;
  std::vector<AssessmentStatsReport> reports;
  AssessmentStatsService service({dir.path() / "a.sqlite", "pid-kiosk-maturity", "1.0.0"},
                                 [&](AssessmentStatsReport r) {
                                   std::lock_guard lock(mutex);
                                   reports.push_back(std::move(r));
                                 },
                                 [](devices::WorkerStatus) {});
  service.start();
  service.record(result("retail", 40, 20, 30));
  service.writeFile(dir.path() / "out" / "shown.json", "{}");
  service.record(result("retail", 60, 40, 50));
  service.stop();  // queued jobs are done before the thread ends

  std::lock_guard lock(mutex);
  ASSERT_FALSE(reports.empty());
  EXPECT_TRUE(reports.front().open);
  EXPECT_EQ(reports.back().stats.total, 2);
  EXPECT_TRUE(reports.back().problem.empty()) << reports.back().problem;
  std::ifstream shown(dir.path() / "out" / "shown.json");
  std::string text;
  std::getline(shown, text);
  EXPECT_EQ(text, "{}");
}

TEST(AssessmentStatsService, BrokenStoreIsReportedAndResultsAreDropped) {
  std::mutex mutex;
  std::vector<AssessmentStatsReport> reports;
  AssessmentStatsService service({"/proc/no-such-dir/a.sqlite", "q", "1"},
                                 [&](AssessmentStatsReport r) {
                                   std::lock_guard lock(mutex);
                                   reports.push_back(std::move(r));
                                 },
                                 [](devices::WorkerStatus) {});
  service.start();
  service.record(result("retail", 40, 20, 30));
  service.stop();
  std::lock_guard lock(mutex);
  ASSERT_FALSE(reports.empty());
  EXPECT_FALSE(reports.front().open);
  EXPECT_FALSE(reports.front().problem.empty());
}

}  // namespace
}  // namespace kiosk::app
