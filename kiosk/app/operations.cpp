// KioskApp's staff-dashboard wiring: the anonymous usage counts, the PIN change, the sample data
// for screenshots. Kept apart from kiosk_app.cpp so the composition root stays readable.
#include <spdlog/spdlog.h>

#include "kiosk/app/dashboard_sample.h"
#include "kiosk/app/kiosk_app.h"

namespace kiosk::app {

core::PinGate makePinGate(const core::Config& config, std::shared_ptr<const std::string> hash);

void KioskApp::setUpOperations() {
  if (m_options.startTime) m_clock = core::WallClock::startingAt(*m_options.startTime);
  // A PIN changed on the kiosk (data folder) wins over the configured one (/etc, read-only to us).
  const auto pinFile = staffPinFile(m_config.dataDir);
  if (auto stored = readStaffPinHash(pinFile)) {
    spdlog::info("staff: using the PIN changed on the kiosk ({})", pinFile.string());
    *m_pinHash = std::move(*stored);
  } else {
    *m_pinHash = m_config.staff.pinHash;
  }
  if (m_pinHash->empty()) spdlog::warn("staff: no PIN configured, the staff panel cannot be opened");
  m_state.pinGate = makePinGate(m_config, m_pinHash);

  m_state.ops.changePin = [this, pinFile](std::string pin) {
    if (m_state.ops.pinChange == core::OperationsDesk::PinChange::Saving) return;
    m_state.ops.pinChange = core::OperationsDesk::PinChange::Saving;
    spdlog::info("staff: saving a new PIN");
    if (m_pinJob.joinable()) m_pinJob.join();  // the previous change finished: it posted its result
    m_pinJob = std::jthread([this, pinFile, pin = std::move(pin)]() mutable {
      auto stored = storeStaffPin(pinFile, pin);
      core::scrub(pin);
      PinChangeResult result;
      result.ok = stored.has_value();
      if (stored) {
        result.hash = std::move(*stored);
      } else {
        result.error = stored.error();
      }
      m_mailbox.post(AppEvent{std::move(result)});
    });
  };

  // Screenshots of the dashboard show sample data, not this machine's counts, clock or disk.
  const bool dashboardShot = m_options.shotFile && m_options.startScreen == std::string("staff-dashboard");
  if (dashboardShot && !m_config.dashboard.sample.empty()) {
    if (auto loaded = loadDashboardSample(m_config.dashboard.sample, m_state.ops, m_state.assessment.stats); !loaded) {
      spdlog::error("dashboard: {}", loaded.error());
    } else {
      m_state.assessment.statsOpen = true;
    }
  }
  m_state.ops.sync.configured = m_state.ops.sync.configured || m_config.sync.enabled();
}

void KioskApp::startUsage() {
  auto sink = [this](devices::WorkerStatus status) { m_mailbox.post(AppEvent{std::move(status)}); };
  UsageService::Options options;
  options.database = m_config.dataDir / "usage.sqlite";
  options.dataDir = m_config.dataDir;
  options.clock = m_clock;
  options.days = m_config.dashboard.days;
  auto service = std::make_unique<UsageService>(
      std::move(options), [this](UsageReport report) { m_mailbox.post(AppEvent{std::move(report)}); }, sink);
  m_usage = service.get();
  m_usage->setEvent(m_state.leads.eventName);
  m_state.ops.record = [this](core::UsageKind kind, std::string subject) { countUsage(kind, std::move(subject)); };

  // Count what the other desks do, without them knowing: a lead handed to the store, an assessment finished.
  if (auto submit = m_state.leads.submit) {
    m_state.leads.submit = [this, submit](leads::Lead lead, std::uint64_t session) {
      countUsage(core::UsageKind::Lead, "");
      submit(std::move(lead), session);
    };
  }
  if (auto record = m_state.assessment.record) {
    m_state.assessment.record = [this, record](core::AnonymousResult result) {
      countUsage(core::UsageKind::Assessment, "");
      record(std::move(result));
    };
  }
  if (auto setEvent = m_state.leads.setEvent) {
    m_state.leads.setEvent = [this, setEvent](std::string name) {
      m_usage->setEvent(name);
      setEvent(std::move(name));
    };
  }
  m_workers.push_back(std::move(service));
}

void KioskApp::countUsage(core::UsageKind kind, std::string subject) {
  if (!m_usage) return;
  m_usage->record({kind, std::move(subject), core::localDay(m_clock.now()), m_state.leads.eventName});
}

void KioskApp::countVisit() {
  const ui::ScreenId id = m_nav.currentId();
  if (id == ui::ScreenId::Attract || m_nav.current().isStaffOnly()) return;
  // The first visitor screen after the attract loop starts a visit: one session, however long.
  if (m_countedSession != m_state.session.number) {
    m_countedSession = m_state.session.number;
    m_countedDemos = 0;
    countUsage(core::UsageKind::Session, "");
  }
  countUsage(core::UsageKind::ScreenVisit, std::string(ui::toString(id)));
  // A demo screen notes its demo for the lead form; each one tried in a visit is one demo run.
  const auto& demos = m_state.session.demosTried;
  for (; m_countedDemos < demos.size(); ++m_countedDemos) countUsage(core::UsageKind::Demo, demos[m_countedDemos]);
}

void KioskApp::apply(UsageReport report) {
  core::OperationsDesk& ops = m_state.ops;
  ops.usageOpen = report.open;
  ops.usage = std::move(report.summary);
  ops.usageProblem = std::move(report.problem);
  ops.dataFreeBytes = report.dataFreeBytes;
  if (m_nav.current().isStaffOnly()) m_pacer.requestFrames(1);
}

void KioskApp::apply(PinChangeResult result) {
  if (result.ok) {
    *m_pinHash = std::move(result.hash);
    m_state.ops.pinChange = core::OperationsDesk::PinChange::Saved;
    m_state.ops.pinChangeError.clear();
    spdlog::info("staff: PIN changed on the kiosk");
  } else {
    m_state.ops.pinChange = core::OperationsDesk::PinChange::Failed;
    m_state.ops.pinChangeError = std::move(result.error);
    spdlog::error("staff: PIN not changed: {}", m_state.ops.pinChangeError);
  }
  m_pacer.requestFrames(1);
}

void KioskApp::startSync() {
  if (!m_config.sync.enabled()) {
    spdlog::info("sync: no [sync] configured; push the outbox with `kioskctl sync` (e.g. from a timer)");
    return;
  }
  SyncService::Options options;
  options.leadDb = m_config.leads.database;
  options.conninfo = m_config.sync.conninfo;
  options.conninfoFile = m_config.sync.conninfoFile;
  options.kioskId = m_config.kioskId;
  options.interval = m_config.sync.interval;
  options.maxBackoff = m_config.sync.maxBackoff;
  options.batchRows = m_config.sync.batchRows;
  options.clock = m_clock;
  auto sink = [this](devices::WorkerStatus status) { m_mailbox.post(AppEvent{std::move(status)}); };
  m_workers.push_back(std::make_unique<SyncService>(
      std::move(options), [this](SyncStatusReport report) { m_mailbox.post(AppEvent{std::move(report)}); }, sink));
}

void KioskApp::apply(SyncStatusReport report) {
  m_state.ops.sync = std::move(report.status);
  if (m_nav.current().isStaffOnly()) m_pacer.requestFrames(1);
}

}  // namespace kiosk::app
