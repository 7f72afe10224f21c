// SyncService: the optional in-process fleet sync ([sync]). A worker thread pushes the lead
// outbox to the central PostgreSQL (kiosk/sync, the same code as `kioskctl sync`) every
// interval; while it fails it backs off exponentially with jitter up to the configured
// maximum, and goes back to the interval after the first success. Status (last sync, last
// error, rows pending) goes to the dashboard through the callback; never any lead data.
#pragma once

#include <chrono>
#include <ctime>
#include <filesystem>
#include <functional>
#include <string>

#include <tl/expected.hpp>

#include "devices/core/worker.h"
#include "kiosk/core/operations_desk.h"
#include "kiosk/core/wall_clock.h"

namespace kiosk::app {

struct SyncStatusReport {
  core::SyncStatus status;
};

class SyncService final : public devices::Worker {
 public:
  struct Options {
    std::filesystem::path leadDb;
    std::string conninfo;                 // or:
    std::filesystem::path conninfoFile;   // read before each attempt (a new password needs no restart)
    std::string kioskId;
    std::chrono::milliseconds interval{300'000};
    std::chrono::milliseconds maxBackoff{3'600'000};
    std::size_t batchRows = 1000;
    core::WallClock clock;
  };

  SyncService(Options options, std::function<void(SyncStatusReport)> report, devices::StatusSink sink);
  ~SyncService() override;

 private:
  void run(std::stop_token stop) override;
  [[nodiscard]] tl::expected<std::string, std::string> conninfo() const;

  Options m_options;
  std::function<void(SyncStatusReport)> m_report;
};

}  // namespace kiosk::app
