#include "kiosk/app/lead_service.h"

#include <spdlog/spdlog.h>

namespace kiosk::app {

LeadService::LeadService(leads::LeadStoreOptions options, Callbacks callbacks, devices::StatusSink sink, Timing timing)
    : Worker("leads", std::move(sink)),
      m_options(std::move(options)),
      m_callbacks(std::move(callbacks)),
      m_timing(timing) {}

LeadService::~LeadService() { stop(); }

void LeadService::submit(leads::Lead lead, std::uint64_t session) {
  {
    std::lock_guard lock(m_mutex);
    m_jobs.push_back(Job{std::move(lead), session});
  }
  m_wake.notify_one();
}

bool LeadService::ensureOpen() {
  if (m_store) return true;
  auto store = leads::LeadStore::open(m_options);
  if (!store) {
    // Logged without the path's personal context: the message names the file and the SQLite error only.
    spdlog::error("leads: cannot open the store: {}", store.error().message);
    publish(devices::WorkerState::Failed, "store not open: " + store.error().message);
    return false;
  }
  m_store = std::move(*store);
  const auto status = m_store->status();
  if (!status.integrityOk) {
    spdlog::error("leads: integrity check failed, bad file moved to {}", status.damagedCopy.string());
  }
  publish(status.needsStaff() ? devices::WorkerState::Degraded : devices::WorkerState::Running,
          status.integrityOk ? "store open" : "integrity check failed: damaged copy kept");
  // Submissions taken while the store was closed go in first, in their order.
  while (!m_waiting.empty()) {
    handle(std::move(m_waiting.front()));
    m_waiting.pop_front();
  }
  return true;
}

void LeadService::handle(Job job) {
  if (!ensureOpen()) {
    m_waiting.push_back(std::move(job));
    if (m_callbacks.receipt) m_callbacks.receipt({m_waiting.back().session, false, false});
    return;
  }
  auto receipt = m_store->submit(job.lead);
  if (!receipt) {
    // Only an invalid lead is refused; the form validates first, so this is worth a look.
    spdlog::error("leads: submission refused: {}", receipt.error().message);
    if (m_callbacks.receipt) m_callbacks.receipt({job.session, false, true});
    return;
  }
  const bool stored = receipt->status == leads::SubmitStatus::Stored;
  if (stored) {
    spdlog::info("leads: lead stored{}", receipt->merged ? " (added to an earlier lead of this event)" : "");
  } else {
    spdlog::warn("leads: lead kept in memory, disk write failed: {}",
                 receipt->error ? receipt->error->message : std::string("unknown"));
  }
  if (m_callbacks.receipt) m_callbacks.receipt({job.session, stored, false});
}

void LeadService::maintain() {
  if (auto purged = m_store->purgeExpired(); purged) {
    if (*purged > 0) spdlog::info("leads: retention removed {} leads", *purged);
  } else {
    spdlog::error("leads: retention purge failed: {}", purged.error().message);
  }
  if (m_options.backupDir.empty()) return;
  if (auto backup = m_store->backupNow(); backup) {
    spdlog::info("leads: backup written {}", backup->filename().string());
  } else {
    spdlog::error("leads: backup failed: {}", backup.error().message);
  }
}

void LeadService::report() {
  LeadStoreReport out;
  out.open = m_store != nullptr;
  if (m_store) out.status = m_store->status();
  out.waitingToOpen = m_waiting.size();
  if (m_store) {
    const bool trouble = out.status.needsStaff();
    publish(trouble ? devices::WorkerState::Degraded : devices::WorkerState::Running,
            trouble ? std::to_string(out.status.pendingLeads) + " leads waiting for the disk" : "store open");
  }
  if (m_callbacks.report) m_callbacks.report(std::move(out));
}

void LeadService::run(std::stop_token stop) {
  publish(devices::WorkerState::Starting, "opening the store");
  using Clock = std::chrono::steady_clock;
  auto nextMaintenance = Clock::now();
  ensureOpen();
  report();
  while (!stop.stop_requested()) {
    const bool backlog = !m_waiting.empty() || (m_store && m_store->pendingCount() > 0) || !m_store;
    const auto wakeAt = std::min(nextMaintenance, backlog ? Clock::now() + m_timing.retry : nextMaintenance);
    std::deque<Job> jobs;
    {
      std::unique_lock lock(m_mutex);
      m_wake.wait_until(lock, stop, wakeAt, [&] { return !m_jobs.empty(); });
      jobs.swap(m_jobs);
    }
    if (stop.stop_requested() && jobs.empty()) break;
    for (Job& job : jobs) handle(std::move(job));
    if (ensureOpen()) {
      if (m_store->pendingCount() > 0) {
        if (const auto stored = m_store->retryPending(); stored > 0) spdlog::info("leads: {} kept leads now stored", stored);
      }
      if (Clock::now() >= nextMaintenance) {
        maintain();
        nextMaintenance = Clock::now() + m_timing.maintenance;
      }
    }
    report();
  }
  // Leaving with leads only in memory is the one way to lose them: say so loudly.
  const std::size_t unsaved = m_waiting.size() + (m_store ? m_store->pendingCount() : 0);
  if (unsaved > 0) spdlog::critical("leads: stopping with {} leads not written to disk", unsaved);
  publish(devices::WorkerState::Stopped, "stopped");
}

}  // namespace kiosk::app
