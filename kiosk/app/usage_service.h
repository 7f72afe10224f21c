// UsageService: the anonymous usage counts on their own thread, so the UI never waits for the
// disk. The app queues one event per visit, screen, demo run, assessment and lead; the worker
// answers with the dashboard's summary (today, this event, the last days) and the free space
// of the data folder, after each batch and once a minute. A store that cannot be opened or
// written is logged and shown to staff; the kiosk goes on without the counts.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "devices/core/worker.h"
#include "kiosk/app/usage_store.h"
#include "kiosk/core/usage.h"
#include "kiosk/core/wall_clock.h"

namespace kiosk::app {

struct UsageReport {
  bool open = false;
  core::UsageSummary summary;
  std::string problem;  // "" when the store is open and the last write worked
  std::optional<std::uint64_t> dataFreeBytes;
};

class UsageService final : public devices::Worker {
 public:
  struct Options {
    std::filesystem::path database;  // <data>/usage.sqlite
    std::filesystem::path dataDir;   // its free space is reported
    core::WallClock clock;
    int days = 14;
    std::chrono::milliseconds reportEvery{60'000};
  };

  UsageService(Options options, std::function<void(UsageReport)> report, devices::StatusSink sink);
  ~UsageService() override;

  // Thread-safe and immediate: queued for the worker.
  void record(core::UsageEvent event);
  // The event the "this event" totals are about (staff changed it).
  void setEvent(std::string event);

 private:
  void run(std::stop_token stop) override;
  void report();

  Options m_options;
  std::function<void(UsageReport)> m_report;
  std::unique_ptr<UsageStore> m_store;
  std::string m_problem;
  std::mutex m_mutex;
  std::condition_variable_any m_wake;
  std::deque<core::UsageEvent> m_events;
  std::string m_event;  // guarded by m_mutex
  bool m_eventChanged = false;
};

}  // namespace kiosk::app
