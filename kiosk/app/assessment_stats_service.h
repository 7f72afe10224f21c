// AssessmentStatsService: the anonymous assessment statistics on their own thread, so the UI
// never waits for the disk. The results screen hands it each completed result; it answers with
// the refreshed per-sector averages (through the callback: the app posts them to its mailbox).
// Under --script it also writes the JSON of what the results screen showed, for the tests.
#pragma once

#include <condition_variable>
#include <deque>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <variant>

#include "devices/core/worker.h"
#include "kiosk/app/assessment_stats_store.h"
#include "kiosk/core/assessment_desk.h"

namespace kiosk::app {

struct AssessmentStatsReport {
  bool open = false;
  core::AssessmentStats stats;
  std::string problem;  // "" when the store is open and the last write worked
};

class AssessmentStatsService final : public devices::Worker {
 public:
  struct Options {
    std::filesystem::path database;
    std::string questionnaire;  // averages over this questionnaire version only
    std::string version;
  };

  AssessmentStatsService(Options options, std::function<void(AssessmentStatsReport)> report, devices::StatusSink sink);
  ~AssessmentStatsService() override;

  // Thread-safe and immediate: queued for the worker.
  void record(core::AnonymousResult result);
  void writeFile(std::filesystem::path file, std::string text);

 private:
  struct FileJob {
    std::filesystem::path file;
    std::string text;
  };
  using Job = std::variant<core::AnonymousResult, FileJob>;

  void run(std::stop_token stop) override;
  void handle(core::AnonymousResult& result);
  void handle(FileJob& job);
  void report();

  Options m_options;
  std::function<void(AssessmentStatsReport)> m_report;
  std::unique_ptr<AssessmentStatsStore> m_store;
  std::string m_problem;
  std::mutex m_mutex;
  std::condition_variable_any m_wake;
  std::deque<Job> m_jobs;
};

}  // namespace kiosk::app
