#include "kiosk/app/kiosk_app.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <malloc.h>
#include <stdexcept>

#include <spdlog/spdlog.h>

#include "devices/reader/fake_reader.h"
#include "kiosk/app/assessment_setup.h"
#include "kiosk/core/content_loader.h"
#include "kiosk/core/pin_hash.h"
#include "kiosk/core/process_info.h"
#include "kiosk/platform/screenshot.h"
#include "kiosk/ui/screen_registry.h"
#include "kiosk/ui/theme.h"

namespace kiosk::app {
namespace {

constexpr int kShotFrame = 3;  // a few frames in, so every widget has settled
constexpr float kBaseDragSlop = 16.0f;

platform::GlWindow createWindow(const core::Config& config, float renderScale) {
  auto window = platform::GlWindow::create(
      {config.display.fullscreen, config.display.width, config.display.height, "PID kiosk", renderScale});
  if (!window) throw std::runtime_error(window.error());
  return std::move(*window);
}

}  // namespace

// The hash is shared: a PIN changed on the dashboard takes effect at once (see operations.cpp).
core::PinGate makePinGate(const core::Config& config, std::shared_ptr<const std::string> hash) {
  return core::PinGate({config.staff.maxAttempts, config.staff.backoffBase, config.staff.lockout},
                       [hash = std::move(hash)](std::string_view pin) { return core::verifyPin(*hash, pin); });
}

namespace {

int millisecondsUntil(std::chrono::steady_clock::time_point when, std::chrono::steady_clock::time_point now) {
  return static_cast<int>(std::max<long long>(0, std::chrono::ceil<std::chrono::milliseconds>(when - now).count()));
}

// Mouse events come in window pixels; the UI lays out in layout pixels (they differ under --render-scale).
SDL_Event toLayout(SDL_Event event, float renderScale) {
  if (renderScale == 1.0f) return event;
  const auto scaled = [renderScale](Sint32 pixels) { return static_cast<Sint32>(static_cast<float>(pixels) / renderScale); };
  if (event.type == SDL_MOUSEBUTTONDOWN || event.type == SDL_MOUSEBUTTONUP) {
    event.button.x = scaled(event.button.x);
    event.button.y = scaled(event.button.y);
  } else if (event.type == SDL_MOUSEMOTION) {
    event.motion.x = scaled(event.motion.x);
    event.motion.y = scaled(event.motion.y);
  }
  return event;
}

bool needsRedraw(Uint8 windowEvent) {
  return windowEvent == SDL_WINDOWEVENT_SHOWN || windowEvent == SDL_WINDOWEVENT_EXPOSED ||
         windowEvent == SDL_WINDOWEVENT_RESIZED || windowEvent == SDL_WINDOWEVENT_SIZE_CHANGED ||
         windowEvent == SDL_WINDOWEVENT_RESTORED || windowEvent == SDL_WINDOWEVENT_MAXIMIZED;
}

bool isKeyboardEvent(Uint32 type) {
  return type == SDL_KEYDOWN || type == SDL_KEYUP || type == SDL_TEXTINPUT || type == SDL_TEXTEDITING;
}

}  // namespace

KioskApp::KioskApp(core::Config config, core::Translator translator, const AppOptions& options)
    : m_options(options),
      m_config(std::move(config)),
      m_translator(std::move(translator)),
      m_state{.config = m_config,
              .i18n = m_translator,
              .pinGate = makePinGate(m_config, std::make_shared<std::string>(m_config.staff.pinHash))},
      m_window(createWindow(m_config, options.renderScale)),
      m_idle(m_config.idle.promptAfter, m_config.idle.resetAfterPrompt),
      m_mailbox(m_waker.wakeFunction()) {
  m_imgui = std::make_unique<platform::ImGuiBridge>(m_window.window(), m_window.context());
  rebuildFontsIfNeeded();

  core::loadContent(m_state);
  loadAssessmentDesk(m_state, m_config);
  loadPrinterDesk(m_state.printer, m_config);
  m_state.printer.texture = [this](const std::filesystem::path& file) { return m_textures.get(file); };
  loadReaderDesk(m_state.reader, m_config, m_state.contentProblems);
  m_state.reader.texture = [this](const std::filesystem::path& file) { return m_textures.get(file); };
  loadArDesk(m_state.ar, m_config, m_state.technologyAreas);
  startMedia();

  setUpOperations();
  ui::registerScreens(m_nav);
  if (m_options.language) m_translator.setLanguage(*m_options.language);
  if (m_options.startScreen) startAt(*m_options.startScreen);
  if (m_options.shotFile) offerSampleScan(m_state.reader, m_nav.currentId());
  if (m_nav.current().armsIdleReset()) m_idle.arm(m_loopClock.now());

  if (m_options.scriptFile) {
    std::ifstream in(*m_options.scriptFile);
    if (!in) throw std::runtime_error("cannot read script " + m_options.scriptFile->string());
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto commands = core::parseScript(text);
    if (!commands) {
      std::string message = "bad script " + m_options.scriptFile->string() + ":";
      for (const std::string& error : commands.error()) message += "\n  " + error;
      throw std::runtime_error(message);
    }
    m_script.emplace(std::move(*commands));
  }
  if (m_options.shotFile) m_pacer.requestFrames(kShotFrame);

  m_signals = std::make_unique<platform::SignalWatcher>([this](int signal) {
    spdlog::info("signal {}: shutting down", signal);
    m_waker.requestQuit();
  });
  // A screenshot must not depend on when a worker happens to report.
  if (!m_options.shotFile) {
    auto sink = [this](devices::WorkerStatus status) { m_mailbox.post(AppEvent{std::move(status)}); };
    m_workers.push_back(std::make_unique<devices::HeartbeatWorker>(sink, m_config.heartbeatInterval));
    startLeadService();
    startPrinterService();
    startReader();
    startAssessmentStats();
    startUsage();
    startSync();
    for (auto& worker : m_workers) worker->start();
    startArService();
  } else if (m_options.startScreen && *m_options.startScreen == "ar") {
    // The AR screenshot: the camera's first frame, processed here, so the image is deterministic.
    if (auto arOptions = arServiceOptions(m_config, m_state.ar)) m_state.ar.latest = arFirstFrame(*arOptions);
  }
}

KioskApp::~KioskApp() {
  // Workers first: none may post into a mailbox that is going away.
  m_arService.reset();
  for (auto& worker : m_workers) worker->stop();
  m_mailbox.close();
  m_signals.reset();
  m_imgui.reset();
}

void KioskApp::startAt(const std::string& screenName) {
  const auto id = ui::parseScreenId(screenName);
  if (!id) throw std::runtime_error("unknown screen '" + screenName + "'");
  std::vector<ui::ScreenId> history;
  if (*id != ui::ScreenId::Attract && *id != ui::ScreenId::Home) history.push_back(ui::ScreenId::Home);
  m_nav.startAt(*id, std::move(history));
}

int KioskApp::run() {
  if (m_systemd) {
    const auto period = m_systemd->watchdog();
    spdlog::info("systemd: notify socket set, watchdog {}", period ? std::to_string(period->count() / 1000) + " ms" : "off");
  }
  while (!m_exitCode) {
    Clock::time_point now = m_loopClock.now();
    SDL_Event event;
    const int waitMs = waitTimeoutMs(now);
    const bool gotEvent = SDL_WaitEventTimeout(&event, m_loopClock.realMs(waitMs)) != 0;
    m_loopClock.tick(waitMs);
    if (gotEvent) {
      now = m_loopClock.now();
      handleEvent(event, now);
      while (!m_exitCode && SDL_PollEvent(&event)) handleEvent(event, now);
    }
    if (m_exitCode) break;
    now = m_loopClock.now();
    drainMailbox();
    updateDisplayPower(now);
    tickIdle(now);
    if (m_state.quitRequested) {
      spdlog::info("staff asked to quit");
      m_exitCode = 0;
      break;
    }
    if (m_state.ops.restartRequested) {
      spdlog::info("staff asked for a restart");
      m_exitCode = kRestartExitCode;
      break;
    }
    // Under systemd's watchdog an idle kiosk still draws one frame per half period: the
    // ping proves the whole loop, GL included, still works.
    if (m_systemd) {
      if (auto due = m_systemd->nextPingDue()) m_pacer.requestFrameAt(m_loopClock.toLoop(*due));
    }
    if (m_pacer.frameDue(now)) {
      renderFrame(now);
      if (m_systemd) m_systemd->frameProduced(Clock::now());
    }
    // After rendering, so the script sees the frame its last touch asked for.
    if (m_script) {
      if (auto code = m_script->tick(*this, m_loopClock.now())) {
        m_exitCode = *code;
        m_scriptFinished = true;
      }
    }
  }
  if (m_script && !m_scriptFinished && m_script->awaitingQuit()) {
    spdlog::info("script: the kiosk quit as expected");
  } else if (m_script && !m_scriptFinished && *m_exitCode == 0) {
    // The kiosk quit under a script that had not finished: that is a failure of the script.
    spdlog::error("script: the kiosk quit before the script finished");
    m_exitCode = 3;
  }
  if (m_options.frameStats) reportFrameStats();
  if (m_systemd) (void)m_systemd->notify("STOPPING=1");
  spdlog::info("kiosk exiting with code {}", *m_exitCode);
  return *m_exitCode;
}

int KioskApp::waitTimeoutMs(Clock::time_point now) const {
  int timeout = std::min(m_pacer.waitTimeoutMs(now), displayPowerTimeoutMs(now));
  if (auto deadline = m_idle.nextDeadline()) timeout = std::min(timeout, millisecondsUntil(*deadline, now));
  if (m_script) {
    if (auto due = m_script->nextDue(now)) timeout = std::min(timeout, millisecondsUntil(*due, now));
  }
  return timeout;
}

void KioskApp::handleEvent(const SDL_Event& event, Clock::time_point now) {
  if (m_waker.isWake(event)) return;  // the mailbox is drained right after
  if (handlePlayerEvent(event, now)) return;
  if (m_waker.isQuit(event)) {
    m_exitCode = 0;
    return;
  }
  const bool staffScreen = m_nav.current().isStaffOnly();
  const bool closeRequest = event.type == SDL_QUIT ||
                            (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE);
  if (closeRequest) {
    // Alt+F4 and friends: visitors must not be able to close the kiosk.
    if (staffScreen) {
      m_exitCode = 0;
    } else {
      spdlog::info("window close request ignored outside the staff panel");
    }
    return;
  }
  if (event.type == SDL_WINDOWEVENT) {
    if (needsRedraw(event.window.event)) m_pacer.requestFrames(2);  // focus, enter, moved: nothing to draw
    return;
  }
  if (isKeyboardEvent(event.type)) {
    handleKeyboard(event);
    return;
  }
  if (swallowedByDisplayPower(event, now)) return;
  const SDL_Point layout = m_window.layoutSize();
  if (m_pointer.handleEvent(toLayout(event, m_window.renderScale()), layout.x, layout.y, now)) {
    m_idle.activity(now);
    m_pacer.onInput();
  }
}

void KioskApp::handleKeyboard(const SDL_Event& event) {
  // Outside the staff panel keys do nothing at all: no Esc, no Ctrl+Q, no stray typing.
  if (m_nav.current().isStaffOnly()) {
    m_imgui->processKeyboardEvent(event);
    m_pacer.onInput();
  } else if (event.type == SDL_KEYDOWN) {
    spdlog::debug("key ignored outside the staff panel");
  }
}

void KioskApp::startLeadService() {
  leads::LeadStoreOptions options;
  options.dbPath = m_config.leads.database;
  options.kioskId = m_config.kioskId;
  options.rules = m_state.leads.rules;
  options.retentionMonths = m_config.leads.retentionMonths;
  options.backupDir = m_config.leads.backupDir;
  options.backupsKept = m_config.leads.backupsKept;
  auto sink = [this](devices::WorkerStatus status) { m_mailbox.post(AppEvent{std::move(status)}); };
  LeadService::Callbacks callbacks{
      [this](LeadReceipt receipt) { m_mailbox.post(AppEvent{receipt}); },
      [this](LeadStoreReport report) { m_mailbox.post(AppEvent{std::move(report)}); },
      [this](core::LeadQueryResult result) { m_mailbox.post(AppEvent{std::move(result)}); }};
  auto service = std::make_unique<LeadService>(std::move(options), std::move(callbacks), sink);
  m_leadService = service.get();
  m_state.leads.submit = [this](leads::Lead lead, std::uint64_t session) {
    m_leadService->submit(std::move(lead), session);
  };
  m_state.leads.query = [this](core::LeadQuery query) { m_leadService->query(std::move(query)); };
  m_state.leads.erase = [this](std::string email, core::LeadQuery then) {
    m_leadService->erase(std::move(email), std::move(then));
  };
  // The event staff set last wins over the configured one, across restarts.
  const auto eventFile = m_config.dataDir / "event-name.txt";
  if (auto saved = readEventName(eventFile)) m_state.leads.eventName = std::move(*saved);
  m_state.leads.setEvent = [this, eventFile](std::string name) {
    m_state.leads.eventName = name;
    m_leadService->setEventName(std::move(name), eventFile);
  };
  m_workers.push_back(std::move(service));
}

void KioskApp::apply(devices::WorkerStatus status) {
  if (status.state == devices::WorkerState::Degraded || status.state == devices::WorkerState::Failed)
    m_state.ops.lastErrors[status.source] = {status.detail, m_clock.now()};
  if (status.source == "camera") {
    // The AR screen says what is wrong with the camera (unplugged, missing) until frames flow again.
    m_state.ar.cameraProblem = status.state == devices::WorkerState::Degraded ? status.detail : std::string();
    if (m_nav.currentId() == ui::ScreenId::Ar) m_pacer.requestFrames(1);
  }
  const auto revision = m_state.devices.revision();
  const bool reader = status.source == "reader";
  m_state.devices.apply(std::move(status));
  if (m_state.devices.revision() == revision) return;
  // The reader's screens show whether it is plugged in.
  if (m_nav.current().isStaffOnly() || (reader && (readsScans(m_nav.currentId()) || m_nav.currentId() == ui::ScreenId::Demos))) {
    m_pacer.requestFrames(1);
  }
}

void KioskApp::apply(LeadReceipt receipt) {
  // A receipt for a visit that already ended (idle reset while saving) has no one to show it to.
  if (receipt.session != m_state.session.number) return;
  m_state.leads.receipt = core::LeadDesk::Receipt{receipt.session, receipt.stored, receipt.refused};
  m_pacer.requestFrames(2);
}

void KioskApp::startAssessmentStats() {
  if (!m_state.assessment.content) return;  // the section is disabled: nothing to count
  auto sink = [this](devices::WorkerStatus status) { m_mailbox.post(AppEvent{std::move(status)}); };
  auto service = std::make_unique<AssessmentStatsService>(
      assessmentStatsOptions(m_config, m_state.assessment),
      [this](AssessmentStatsReport report) { m_mailbox.post(AppEvent{std::move(report)}); }, sink);
  m_assessmentStats = service.get();
  m_state.assessment.record = [this](core::AnonymousResult result) { m_assessmentStats->record(std::move(result)); };
  if (m_options.scriptFile) {
    // Test runs: the results screen's content goes to a file the test compares with kioskctl.
    m_state.assessment.reportShown = [this](std::string json) {
      m_assessmentStats->writeFile(m_config.dataDir / "assessment-shown.json", std::move(json));
    };
  }
  m_workers.push_back(std::move(service));
}

void KioskApp::apply(AssessmentStatsReport report) {
  core::AssessmentDesk& desk = m_state.assessment;
  desk.statsOpen = report.open;
  desk.stats = std::move(report.stats);
  desk.statsProblem = std::move(report.problem);
  if (m_nav.current().isStaffOnly()) m_pacer.requestFrames(1);
}

void KioskApp::apply(LeadStoreReport report) {
  m_state.leads.storeOpen = report.open;
  m_state.leads.status = std::move(report.status);
  if (m_nav.current().isStaffOnly()) m_pacer.requestFrames(1);
}

void KioskApp::startPrinterService() {
  if (!m_config.printer.enabled()) {
    spdlog::info("printer: no [printer] port or usb_ids configured, the demo shows 'not connected'");
    return;
  }
  auto sink = [this](devices::WorkerStatus status) { m_mailbox.post(AppEvent{std::move(status)}); };
  auto service = std::make_unique<PrinterService>(
      printerServiceOptions(m_config.printer, m_state.printer.gallery),
      [this](core::PrinterUpdate update) { m_mailbox.post(AppEvent{std::move(update)}); }, sink);
  m_printerService = service.get();
  m_state.printer.serviceRunning = true;
  m_state.printer.send = [this](core::PrinterCommand command) { m_printerService->send(std::move(command)); };
  m_workers.push_back(std::move(service));
}

void KioskApp::apply(core::PrinterUpdate update) {
  const bool wasReady = m_state.printer.ready();
  m_state.printer.latest = std::move(update);
  ++m_state.printer.revision;
  const bool readyChanged = wasReady != m_state.printer.ready();
  // A print on screen is something to watch: visitors stand and look without touching, so a running
  // job keeps the visit alive; the idle timer starts again once it is done.
  const auto step = m_state.printer.latest->view.step;
  const bool printing = step == demos::DemoStep::Heating || step == demos::DemoStep::Printing ||
                        step == demos::DemoStep::Paused;
  if (printing && m_nav.currentId() == ui::ScreenId::Printer) m_idle.activity(m_loopClock.now());
  // Only the screens that show the printer redraw: elsewhere an update costs no frame.
  if (m_nav.currentId() == ui::ScreenId::Printer || m_nav.current().isStaffOnly() ||
      (readyChanged && m_nav.currentId() == ui::ScreenId::Demos)) {
    m_pacer.requestFrames(1);
  }
}

void KioskApp::apply(core::LeadQueryResult result) {
  // Leads are shown on staff screens only; anywhere else the answer is dropped at once.
  if (!m_nav.current().isStaffOnly()) return;
  m_state.leads.lastQuery = std::move(result);
  m_pacer.requestFrames(1);
}

void KioskApp::startReader() {
  auto status = [this](devices::WorkerStatus s) { m_mailbox.post(AppEvent{std::move(s)}); };
  auto scans = [this](devices::reader::ScanEvent scan) {
    m_mailbox.post(AppEvent{ReaderScan{std::move(scan.text), std::move(scan.source), scan.at}});
  };
  if (m_options.fakeReaderFile) {
    // A bad file is a start-up error: the demo or test asked for these scans.
    auto steps = loadScanFile(*m_options.fakeReaderFile);
    if (!steps) throw std::runtime_error("--reader fake: " + steps.error());
    spdlog::info("reader: playing {} in a loop instead of a USB reader", m_options.fakeReaderFile->string());
    m_workers.push_back(std::make_unique<devices::reader::FakeReaderWorker>(
        "fake:" + m_options.fakeReaderFile->filename().string(), std::move(*steps), std::move(scans), status, true));
    m_state.reader.running = true;
    return;
  }
  if (!m_config.reader.enabled()) {
    spdlog::info("reader: no [reader] usb_ids configured, no RFID/barcode reader");
    return;
  }
  auto options = readerOptions(m_config.reader);
  if (!options) {
    spdlog::error("reader: {}", options.error());
    return;
  }
  // Arrivals, refusals and drops: the driver never puts scan content in these lines.
  auto log = [](std::string line) { spdlog::info("reader: {}", line); };
  m_workers.push_back(
      std::make_unique<devices::reader::UsbReaderWorker>(std::move(*options), std::move(scans), status, log));
  m_state.reader.running = true;
}

void KioskApp::apply(ReaderScan scan) {
  // Only the screen showing now may read it (the lead form, the traceability demo); anywhere else it is
  // dropped at once. Counted in the log, never its content.
  const bool wanted = readsScans(m_nav.currentId()) && !m_nav.hasPending();
  spdlog::info("reader: scan of {} bytes from {} {}", scan.text.size(), scan.source,
               wanted ? std::string("to the ") + std::string(ui::toString(m_nav.currentId())) + " screen" : "dropped (no screen reads scans)");
  if (!wanted) {
    core::scrub(scan.text);
    return;
  }
  if (m_state.reader.scan) core::scrub(*m_state.reader.scan);  // not taken yet: the newer scan wins
  m_state.reader.scan = std::move(scan.text);
  ++m_state.reader.scans;
  m_idle.activity(m_loopClock.now());  // someone is at the reader
  m_pacer.requestFrames(2);
}

void KioskApp::drainMailbox() {
  for (AppEvent& message : m_mailbox.drain()) {
    std::visit([this](auto& event) { apply(std::move(event)); }, message);
  }
}

void KioskApp::tickIdle(Clock::time_point now) {
  const auto before = m_idle.phase();
  const auto phase = m_idle.update(now);
  if (phase == before) return;
  m_pacer.requestFrames(2);
  if (phase == core::IdleMonitor::Phase::Prompting) spdlog::info("idle: asking whether the visitor is still there");
  if (phase == core::IdleMonitor::Phase::Expired) {
    spdlog::info("idle: visitor gone, back to the attract loop");
    m_idle.disarm();
    m_nav.resetTo(ui::ScreenId::Attract);
  }
}

void KioskApp::afterNavigation(ui::UiContext& /*ctx*/, Clock::time_point now) {
  // Staff search results hold personal data: gone as soon as staff leave their screens.
  if (!m_nav.current().isStaffOnly()) m_state.leads.lastQuery.reset();
  // A scan not taken by the screen it was for never reaches another one.
  if (m_state.reader.scan) {
    core::scrub(*m_state.reader.scan);
    m_state.reader.scan.reset();
  }
  if (m_nav.current().armsIdleReset()) {
    m_idle.arm(now);
  } else {
    m_idle.disarm();
  }
  if (m_nav.currentId() == ui::ScreenId::Attract) {
    // Back to the attract loop: the visit is over, nothing of it may reach the next visitor.
    m_state.session.wipe(now);
    m_state.leads.receipt.reset();
    m_nav.endSession();
    m_translator.setLanguage(m_translator.defaultLanguage());
    // Give what the visit freed back to the system (glibc keeps freed memory in each thread's
    // arena): months of visits then show as flat RSS, and a real leak stands out.
    malloc_trim(0);
    // At rest between visits: the figures a leak would move (scripts/soak.sh reads them).
    spdlog::info("memory: between visits, RSS {} KiB, heap in use {} KiB", core::residentSetKiB().value_or(-1),
                 mallinfo2().uordblks / 1024);
  }
  countVisit();
  m_pacer.requestFrames(2);
}

void KioskApp::rebuildFontsIfNeeded() {
  const auto [width, height] = m_window.layoutSize();
  const float scale = std::clamp(std::min(static_cast<float>(height) / 1080.0f, static_cast<float>(width) / 1920.0f),
                                 0.5f, 4.0f);
  if (std::fabs(scale - m_fontScale) < 0.01f) return;
  auto fonts = ui::buildFonts(m_config.fonts, scale);
  if (!fonts) throw std::runtime_error(fonts.error());
  m_fonts = *fonts;
  m_fontScale = scale;
  ui::theme::applyStyle(scale);
  m_imgui->reloadFontTexture();
  m_pointer.setDragSlop(kBaseDragSlop * scale);
  ImGui::GetIO().MouseDragThreshold = kBaseDragSlop * scale;
}

void KioskApp::renderFrame(Clock::time_point now) {
  const auto started = Clock::now();
  const float dt = m_lastFrame == Clock::time_point{}
                       ? 1.0f / 60.0f
                       : std::clamp(std::chrono::duration<float>(now - m_lastFrame).count(), 0.001f, 0.1f);
  m_lastFrame = now;
  try {
    rebuildFontsIfNeeded();
  } catch (const std::exception& e) {
    spdlog::error("fonts: {} (keeping the previous size)", e.what());
  }
  if (m_options.shotFile && m_frames + 1 == kShotFrame) m_pendingShot = *m_options.shotFile;

  m_pacer.frameStarted();
  if (m_power.blank() && !m_nav.hasPending()) {
    // Outside the opening hours: black, and no screen drawn, so nothing animates or asks for frames.
    // (A pending navigation, the reset that ends the visit, still gets its one frame: the wipe.)
    renderBlankFrame();
    m_pacer.frameRendered(now);
    ++m_frames;
    recordFrameTime(started);
    return;
  }
  m_pointer.beginFrame();
  m_imgui->newFrame(dt, m_pointer.frame(), m_window.layoutSize(), m_window.size());
  const ImGuiIO& io = ImGui::GetIO();
  ui::UiContext ctx{m_state, m_fonts, m_nav, m_pacer, m_idle, m_pointer.gesture(), now, dt, m_fontScale, io.DisplaySize};
  ctx.wallNow = m_clock.now();
  m_keyTargets.clear();
  if (m_script) ctx.keyTargets = &m_keyTargets;
  if (m_nav.applyPending(ctx)) afterNavigation(ctx, now);
  if (m_player) m_player->render(now);  // video into its FBO before ImGui draws (and restores GL state)
  m_shell.draw(ctx);
  m_imgui->render(m_window.size());

  if (m_pendingShot) {
    if (auto written = core::writePng(*m_pendingShot, platform::captureBackBuffer(m_window.size())); !written) {
      spdlog::error("screenshot: {}", written.error());
    } else {
      spdlog::info("screenshot written: {}", m_pendingShot->string());
    }
    m_pendingShot.reset();
    if (m_options.shotFile) m_exitCode = 0;
  }
  m_window.swap();
  if (m_player) m_player->reportSwap();
  m_pacer.frameRendered(now);
  if (m_nav.hasPending() || m_pointer.hasPendingInput()) m_pacer.requestFrames(1);

  ++m_frames;
  recordFrameTime(started);
  if (m_frames == 1) {
    const auto age = core::processAge();
    const auto rss = core::residentSetKiB();
    spdlog::info("first frame {} ms after process start, RSS {} KiB", age ? age->count() : -1, rss ? *rss : -1);
  }
  if (m_options.exitAfterFrames > 0 && m_frames >= m_options.exitAfterFrames) m_exitCode = 0;
}

void KioskApp::recordFrameTime(Clock::time_point started) {
  // The last 50,000-100,000 frame times for --frame-stats, in storage reserved once: months of
  // frames neither grow it nor reallocate it.
  constexpr std::size_t kKept = 100'000;
  if (m_frameMs.capacity() < kKept) m_frameMs.reserve(kKept);
  if (m_frameMs.size() == kKept) m_frameMs.erase(m_frameMs.begin(), m_frameMs.begin() + kKept / 2);
  m_frameMs.push_back(std::chrono::duration<float, std::milli>(Clock::now() - started).count());
}

bool KioskApp::settled() const {
  Uint32 pending = 0;
  SDL_PumpEvents();
  pending = static_cast<Uint32>(SDL_PeepEvents(nullptr, 0, SDL_PEEKEVENT, SDL_FIRSTEVENT, SDL_LASTEVENT));
  if (videoPlaying()) return videoOnlyBusy();  // a playing video never lets the loop go quiet
  return pending == 0 && !m_pointer.hasPendingInput() && !m_nav.hasPending() && !m_pendingShot &&
         !m_pacer.frameDue(m_loopClock.now());
}

std::string KioskApp::currentScreen() const {
  if (m_power.blank()) return "display-off";
  return std::string(ui::toString(m_nav.currentId()));
}

void KioskApp::requestScreenshot(const std::filesystem::path& file) {
  m_pendingShot = file;
  m_pacer.requestFrames(1);
}

void KioskApp::reportFrameStats() const {
  if (m_frameMs.empty()) return;
  std::vector<float> sorted = m_frameMs;
  std::sort(sorted.begin(), sorted.end());
  const auto at = [&](double q) { return sorted[static_cast<std::size_t>(q * static_cast<double>(sorted.size() - 1))]; };
  std::printf("frame-stats: frames=%zu p50=%.2fms p99=%.2fms max=%.2fms\n", sorted.size(), at(0.5), at(0.99),
              sorted.back());
  if (m_framesAtMark) std::printf("frame-stats: frames since mark=%lld\n", m_frames - *m_framesAtMark);
}

}  // namespace kiosk::app

namespace kiosk::app {

void KioskApp::startArService() {
  auto options = arServiceOptions(m_config, m_state.ar);
  if (!options) return;
  auto sink = [this](devices::WorkerStatus status) { m_mailbox.post(AppEvent{std::move(status)}); };
  m_arService = std::make_unique<ArService>(
      std::move(*options), [this](core::ArFrame frame) { m_mailbox.post(AppEvent{std::move(frame)}); }, sink);
  m_state.ar.setActive = [this](bool active) {
    if (!active) m_state.ar.latest.reset();  // the next visit does not see the last one's picture
    m_arService->setActive(active);
  };
}

void KioskApp::apply(core::ArFrame frame) {
  // A frame that arrives after the screen was left is dropped; on the screen, each one is drawn.
  if (m_nav.currentId() != ui::ScreenId::Ar) return;
  // A card in view is a visitor at work; an empty view lets the idle reset run as anywhere else.
  if (!frame.markers.empty()) m_idle.activity(m_loopClock.now());
  m_state.ar.latest = std::move(frame);
  ++m_state.ar.revision;
  m_state.ar.cameraProblem.clear();
  m_pacer.requestFrames(1);
}

}  // namespace kiosk::app
