#include "kiosk/app/lead_service.h"

#include <fstream>
#include <system_error>

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

void LeadService::post(StaffRequest request) {
  {
    std::lock_guard lock(m_mutex);
    m_staff.push_back(std::move(request));
  }
  m_wake.notify_one();
}

void LeadService::query(core::LeadQuery query) { post({std::move(query), std::nullopt, std::nullopt}); }

void LeadService::erase(std::string email, core::LeadQuery then) { post({std::move(then), std::move(email), std::nullopt}); }

void LeadService::setEventName(std::string name, std::filesystem::path file) {
  post({{}, std::nullopt, std::pair{std::move(name), std::move(file)}});
}

std::optional<std::string> readEventName(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::string name;
  if (!in || !std::getline(in, name)) return std::nullopt;
  return name;
}

namespace {

// tmp + fsync-free rename: a crash leaves the old name or the new one, never half of one.
bool writeEventName(const std::string& name, const std::filesystem::path& file) {
  const auto tmp = std::filesystem::path(file).concat(".tmp");
  {
    std::ofstream out(tmp, std::ios::trunc);
    out << name << '\n';
    if (!out.flush()) return false;
  }
  std::error_code ec;
  std::filesystem::rename(tmp, file, ec);
  return !ec;
}

}  // namespace

void LeadService::handle(StaffRequest request) {
  if (request.eventName) {
    const auto& [name, file] = *request.eventName;
    if (!writeEventName(name, file)) spdlog::error("leads: cannot save the event name to {}", file.string());
    return;  // the event name is not personal data, but it is not logged either: staff see it on screen
  }
  core::LeadQueryResult result;
  result.id = request.query.id;
  if (!ensureOpen()) {
    result.error = "store not open";
    if (m_callbacks.queryResult) m_callbacks.queryResult(std::move(result));
    return;
  }
  if (request.eraseEmail) {
    if (auto erased = m_store->eraseByEmail(*request.eraseEmail); erased) {
      spdlog::info("leads: staff erased {} leads on request", *erased);
      result.erased = *erased;
    } else {
      result.error = erased.error().message;
    }
  }
  auto rows = m_store->list(request.query.filter);
  auto days = m_store->countsPerDay(request.query.countsEvent);
  auto events = m_store->events();
  if (rows) result.rows = std::move(*rows);
  if (days) result.days = std::move(*days);
  if (events) result.events = std::move(*events);
  for (const auto* error : {rows ? nullptr : &rows.error(), days ? nullptr : &days.error(),
                            events ? nullptr : &events.error()}) {
    if (error && result.error.empty()) result.error = error->message;
  }
  if (m_callbacks.queryResult) m_callbacks.queryResult(std::move(result));
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
    std::deque<StaffRequest> staff;
    {
      std::unique_lock lock(m_mutex);
      m_wake.wait_until(lock, stop, wakeAt, [&] { return !m_jobs.empty() || !m_staff.empty(); });
      jobs.swap(m_jobs);
      staff.swap(m_staff);
    }
    if (stop.stop_requested() && jobs.empty()) break;
    for (Job& job : jobs) handle(std::move(job));
    for (StaffRequest& request : staff) handle(std::move(request));
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
