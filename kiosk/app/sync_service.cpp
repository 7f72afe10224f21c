#include "kiosk/app/sync_service.h"

#include <fstream>
#include <sstream>

#include <spdlog/spdlog.h>

#include "kiosk/sync/backoff.h"
#include "kiosk/sync/outbox_sync.h"

namespace kiosk::app {
namespace {

// The first attempt waits a little: the lead store opens (and migrates) first.
constexpr std::chrono::milliseconds kFirstAttempt{2'000};

std::string trimmed(std::string text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  const auto last = text.find_last_not_of(" \t\r\n");
  return first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
}

}  // namespace

SyncService::SyncService(Options options, std::function<void(SyncStatusReport)> report, devices::StatusSink sink)
    : Worker("sync", std::move(sink)), m_options(std::move(options)), m_report(std::move(report)) {}

SyncService::~SyncService() { stop(); }

tl::expected<std::string, std::string> SyncService::conninfo() const {
  if (m_options.conninfoFile.empty()) return m_options.conninfo;
  std::ifstream in(m_options.conninfoFile);
  if (!in) return tl::unexpected("cannot read " + m_options.conninfoFile.string());
  std::stringstream text;
  text << in.rdbuf();
  std::string info = trimmed(text.str());
  if (info.empty()) return tl::unexpected(m_options.conninfoFile.string() + " is empty");
  return info;
}

void SyncService::run(std::stop_token stop) {
  sync::SyncBackoff backoff(m_options.interval, m_options.maxBackoff);
  SyncStatusReport out;
  out.status.configured = true;
  publish(devices::WorkerState::Running, "first sync soon");
  auto wait = kFirstAttempt;
  while (sleepFor(stop, wait)) {
    sync::SyncOptions options;
    options.batchRows = m_options.batchRows;
    options.kioskId = m_options.kioskId;
    bool succeeded = false;
    if (auto info = conninfo(); !info) {
      out.status.lastError = info.error();
    } else if (auto report = sync::syncOutbox(m_options.leadDb, *info, options); report) {
      succeeded = true;
      out.status.lastSuccess = m_options.clock.now();
      out.status.pending = report->pending;
      if (backoff.failuresInARow() > 0) spdlog::info("sync: the central database answers again");
      if (report->rows > 0)
        spdlog::info("sync: {} outbox rows sent ({} leads) in {:.2f} s", report->rows, report->leads,
                     report->elapsed.count());
    } else {
      out.status.lastError = report.error().message;  // SQLSTATE and the server's message, no lead data
    }
    if (!succeeded) {
      out.status.lastErrorAt = m_options.clock.now();
      if (auto pending = sync::pendingRows(m_options.leadDb)) out.status.pending = *pending;
    }
    wait = backoff.after(succeeded);
    out.status.failuresInARow = backoff.failuresInARow();
    out.status.nextAttempt = m_options.clock.now() + std::chrono::duration_cast<std::chrono::seconds>(wait).count();
    if (succeeded) {
      publish(devices::WorkerState::Running, "last sync ok");
    } else {
      spdlog::warn("sync: failed ({} in a row), retry in {} ms: {}", backoff.failuresInARow(), wait.count(),
                   out.status.lastError);
      publish(devices::WorkerState::Degraded, out.status.lastError);
    }
    if (m_report) m_report(out);
  }
  publish(devices::WorkerState::Stopped, "stopped");
}

}  // namespace kiosk::app
