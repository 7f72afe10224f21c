#include "kiosk/app/assessment_stats_service.h"

#include <fstream>

#include <spdlog/spdlog.h>

namespace kiosk::app {

AssessmentStatsService::AssessmentStatsService(Options options, std::function<void(AssessmentStatsReport)> report,
                                               devices::StatusSink sink)
    : Worker("assessment-stats", std::move(sink)), m_options(std::move(options)), m_report(std::move(report)) {}

AssessmentStatsService::~AssessmentStatsService() { stop(); }

void AssessmentStatsService::record(core::AnonymousResult result) {
  {
    std::lock_guard lock(m_mutex);
    m_jobs.emplace_back(std::move(result));
  }
  m_wake.notify_one();
}

void AssessmentStatsService::writeFile(std::filesystem::path file, std::string text) {
  {
    std::lock_guard lock(m_mutex);
    m_jobs.emplace_back(FileJob{std::move(file), std::move(text)});
  }
  m_wake.notify_one();
}

void AssessmentStatsService::handle(core::AnonymousResult& result) {
  if (!m_store) {
    // Statistics are a nicety: a result that cannot be kept is counted in the log, not retried.
    spdlog::warn("assessment: statistics store not open, one result not counted");
    return;
  }
  if (auto added = m_store->add(result); !added) {
    m_problem = "last result not stored: " + added.error();
    spdlog::error("assessment: {}", m_problem);
    publish(devices::WorkerState::Degraded, m_problem);
    return;
  }
  m_problem.clear();
  publish(devices::WorkerState::Running, "store open");
}

void AssessmentStatsService::handle(FileJob& job) {
  std::error_code ec;
  std::filesystem::create_directories(job.file.parent_path(), ec);
  std::ofstream out(job.file, std::ios::binary | std::ios::trunc);
  out << job.text << '\n';
  if (!out) spdlog::error("assessment: cannot write {}", job.file.string());
}

void AssessmentStatsService::report() {
  AssessmentStatsReport out;
  out.open = m_store != nullptr;
  out.problem = m_problem;
  if (m_store) {
    if (auto stats = m_store->stats(m_options.questionnaire, m_options.version)) {
      out.stats = std::move(*stats);
    } else {
      out.problem = "cannot read the statistics: " + stats.error();
    }
  }
  if (m_report) m_report(std::move(out));
}

void AssessmentStatsService::run(std::stop_token stop) {
  publish(devices::WorkerState::Starting, "opening the store");
  if (auto store = AssessmentStatsStore::open(m_options.database)) {
    m_store = std::move(*store);
    publish(devices::WorkerState::Running, "store open");
  } else {
    m_problem = store.error();
    spdlog::error("assessment: statistics store: {}", m_problem);
    publish(devices::WorkerState::Failed, m_problem);
  }
  report();
  for (;;) {
    std::deque<Job> jobs;
    {
      std::unique_lock lock(m_mutex);
      m_wake.wait(lock, stop, [&] { return !m_jobs.empty(); });
      jobs.swap(m_jobs);
    }
    // Jobs queued before the stop are still done: a result finished just before shutdown counts.
    if (jobs.empty() && stop.stop_requested()) break;
    bool recorded = false;
    for (Job& job : jobs) {
      recorded = recorded || std::holds_alternative<core::AnonymousResult>(job);
      std::visit([this](auto& j) { handle(j); }, job);
    }
    if (recorded) report();
  }
  publish(devices::WorkerState::Stopped, "stopped");
}

}  // namespace kiosk::app
