#include "kiosk/app/usage_service.h"

#include <sys/statvfs.h>

#include <spdlog/spdlog.h>

namespace kiosk::app {
namespace {

std::optional<std::uint64_t> freeBytes(const std::filesystem::path& dir) {
  struct statvfs fs {};
  if (::statvfs(dir.c_str(), &fs) != 0) return std::nullopt;
  return static_cast<std::uint64_t>(fs.f_bavail) * fs.f_frsize;
}

}  // namespace

UsageService::UsageService(Options options, std::function<void(UsageReport)> report, devices::StatusSink sink)
    : Worker("usage", std::move(sink)), m_options(std::move(options)), m_report(std::move(report)) {}

UsageService::~UsageService() { stop(); }

void UsageService::record(core::UsageEvent event) {
  {
    std::lock_guard lock(m_mutex);
    m_events.push_back(std::move(event));
  }
  m_wake.notify_one();
}

void UsageService::setEvent(std::string event) {
  {
    std::lock_guard lock(m_mutex);
    m_event = std::move(event);
    m_eventChanged = true;
  }
  m_wake.notify_one();
}

void UsageService::report() {
  UsageReport out;
  out.open = m_store != nullptr;
  out.problem = m_problem;
  out.dataFreeBytes = freeBytes(m_options.dataDir);
  if (m_store) {
    std::string event;
    {
      std::lock_guard lock(m_mutex);
      event = m_event;
    }
    if (auto summary = m_store->summary(core::localDay(m_options.clock.now()), event, m_options.days)) {
      out.summary = std::move(*summary);
    } else {
      out.problem = "cannot read the counts: " + summary.error();
    }
  }
  if (m_report) m_report(std::move(out));
}

void UsageService::run(std::stop_token stop) {
  publish(devices::WorkerState::Starting, "opening the store");
  if (auto store = UsageStore::open(m_options.database)) {
    m_store = std::move(*store);
    publish(devices::WorkerState::Running, "store open");
  } else {
    m_problem = store.error();
    spdlog::error("usage: counts store: {}", m_problem);
    publish(devices::WorkerState::Failed, m_problem);
  }
  report();
  for (;;) {
    std::deque<core::UsageEvent> events;
    {
      std::unique_lock lock(m_mutex);
      m_wake.wait_for(lock, stop, m_options.reportEvery, [&] { return !m_events.empty() || m_eventChanged; });
      events.swap(m_events);
      m_eventChanged = false;
    }
    // Events queued before the stop are still written: the last visit of the day counts.
    for (const core::UsageEvent& event : events) {
      if (!m_store) break;  // counted in the log below, not retried: they are statistics
      if (auto added = m_store->add(event); !added) {
        m_problem = "last count not stored: " + added.error();
        publish(devices::WorkerState::Degraded, m_problem);
      } else if (!m_problem.empty()) {
        m_problem.clear();
        publish(devices::WorkerState::Running, "store open");
      }
    }
    if (!m_store && !events.empty()) spdlog::warn("usage: store not open, {} count(s) lost", events.size());
    if (!m_problem.empty() && !events.empty()) spdlog::error("usage: {}", m_problem);
    if (stop.stop_requested()) break;
    report();
  }
  publish(devices::WorkerState::Stopped, "stopped");
}

}  // namespace kiosk::app
