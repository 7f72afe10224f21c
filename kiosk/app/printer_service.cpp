#include "kiosk/app/printer_service.h"

#include <charconv>

#include <spdlog/spdlog.h>

namespace kiosk::app {
namespace {

using Clock = std::chrono::steady_clock;
using devices::marlin::PrinterSnapshot;
using Kind = core::PrinterCommand::Kind;

std::uint16_t hex16(std::string_view text) {
  std::uint16_t value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value, 16);
  return value;
}

}  // namespace

PrinterServiceOptions printerServiceOptions(const core::PrinterConfig& config, demos::JobGallery gallery) {
  PrinterServiceOptions out;
  out.port = config.port;
  for (const std::string& id : config.usbIds) {  // "1a86:7523", checked by the config loader
    out.usb.push_back({hex16(std::string_view(id).substr(0, 4)), hex16(std::string_view(id).substr(5, 4)), id});
  }
  out.baud = config.baud;
  auto& limits = out.printer.limits;
  limits.bedX = config.bedX;
  limits.bedY = config.bedY;
  limits.maxZ = config.maxZ;
  limits.maxHotendC = config.maxHotendC;
  limits.maxBedC = config.maxBedC;
  if (!config.forbidden.empty()) limits.forbidden = {config.forbidden.begin(), config.forbidden.end()};
  out.gallery = std::move(gallery);
  return out;
}

void loadPrinterDesk(core::PrinterDesk& desk, const core::Config& config) {
  desk.configured = config.printer.enabled();
  auto gallery = demos::loadJobGallery(config.printer.jobsDir, config.languages);
  if (!gallery) {
    desk.galleryProblem = gallery.error().message;
    spdlog::error("printer: job gallery {}: {}", config.printer.jobsDir.string(), desk.galleryProblem);
    return;
  }
  desk.gallery = std::move(*gallery);
}

PrinterService::PrinterService(PrinterServiceOptions options, UpdateSink updates, devices::StatusSink status)
    : Worker("printer-demo", status), m_options(std::move(options)), m_updates(std::move(updates)), m_status(status) {}

PrinterService::~PrinterService() { stop(); }

void PrinterService::send(core::PrinterCommand command) { push(std::move(command)); }

void PrinterService::push(Input input) {
  {
    std::lock_guard lock(m_mutex);
    m_inputs.push_back(std::move(input));
  }
  m_wake.notify_one();
}

void PrinterService::forward(demos::EngineRequest request) {
  using demos::EngineRequest;
  switch (request) {
    case EngineRequest::None: break;
    case EngineRequest::StartJob:
      m_awaitingStart = true;
      m_serialAtStart = m_current.snapshot.jobSerial;
      m_engine->startJob(m_flow.jobToStart());
      break;
    case EngineRequest::Pause: m_engine->pause(); break;
    case EngineRequest::Resume: m_engine->resume(); break;
    case EngineRequest::Cancel: m_engine->cancel(); break;
    case EngineRequest::ClearFault: m_engine->clearFault(); break;
  }
}

bool PrinterService::handle(const core::PrinterCommand& command) {
  switch (command.kind) {
    case Kind::ChooseJob: {
      const demos::GalleryJob* job = m_options.gallery.find(command.jobId);
      if (!job) {
        spdlog::warn("printer: no job '{}' in the gallery", command.jobId);
        return false;
      }
      // Reads and checks the whole G-code file: this is why it happens here and not on the UI thread.
      auto validated = demos::validateGalleryJob(*job, m_options.printer.limits);
      if (!validated) spdlog::error("printer: job {} refused: {}", job->id, validated.error().message);
      m_flow.chooseJob(*job, std::move(validated));
      break;
    }
    case Kind::ConfirmBedClear:
      if (command.byStaff) spdlog::info("printer: staff confirmed the bed is clear");
      forward(m_flow.confirmBedClear(command.byStaff));
      break;
    case Kind::Pause: forward(m_flow.pause(command.byStaff)); break;
    case Kind::Resume: forward(m_flow.resume(command.byStaff)); break;
    case Kind::Cancel: forward(m_flow.cancel(command.byStaff)); break;
    case Kind::Finish: forward(m_flow.finish(command.byStaff)); break;
  }
  return true;
}

bool PrinterService::handle(Input& input) {
  const demos::DemoStep stepBefore = m_current.view.step;
  const auto linkBefore = m_current.snapshot.link;
  if (auto* command = std::get_if<core::PrinterCommand>(&input)) {
    if (!handle(*command)) return false;
  } else if (auto* snapshot = std::get_if<PrinterSnapshot>(&input)) {
    if (snapshot->jobSerial > m_serialAtStart) m_awaitingStart = false;  // the engine took the job
    m_flow.onSnapshot(*snapshot);
    m_current.snapshot = std::move(*snapshot);
    m_current.haveSnapshot = true;
  } else if (auto* rejected = std::get_if<Rejected>(&input)) {
    spdlog::warn("printer: request refused: {}", rejected->reason);
    if (m_awaitingStart) {
      m_awaitingStart = false;
      m_flow.onStartRejected(std::move(rejected->reason));
    }
  } else if (auto* presence = std::get_if<devices::PrinterPresence>(&input)) {
    const auto& p = presence->printer;
    const bool arrived = presence->change == devices::PrinterPresence::Change::Arrived;
    spdlog::info("printer: {} {} ({})", p.printer.model, arrived ? "plugged in" : "unplugged", p.tty);
    // The engine reopens its port by itself after a disconnect; a new tty name needs a new connect.
    if (arrived && !p.tty.empty() && p.tty != m_connectedTty) {
      m_connectedTty = p.tty;
      m_engine->connect(p.tty, m_options.baud);
    }
  }
  m_current.view = m_flow.view();
  // Commands always answer at once: the visitor's tap must show.
  return std::holds_alternative<core::PrinterCommand>(input) || std::holds_alternative<Rejected>(input) ||
         m_current.view.step != stepBefore || m_current.snapshot.link != linkBefore;
}

void PrinterService::run(std::stop_token stop) {
  publish(devices::WorkerState::Starting, "starting the printer engine");
  m_engine = std::make_unique<devices::marlin::MarlinEngine>(
      m_options.printer, [this](PrinterSnapshot s) { push(std::move(s)); }, m_status,
      [this](std::string why) { push(Rejected{std::move(why)}); });
  m_engine->start();
  if (!m_options.port.empty()) {
    spdlog::info("printer: using port {} at {} baud", m_options.port, m_options.baud);
    m_engine->connect(m_options.port, m_options.baud);
  } else {
    spdlog::info("printer: waiting for a known USB printer ({} ids)", m_options.usb.size());
    m_discovery = std::make_unique<devices::PrinterDiscovery>(
        m_options.usb, [this](devices::PrinterPresence p) { push(std::move(p)); }, m_status);
    m_discovery->start();
  }
  m_current.view = m_flow.view();
  if (m_updates) m_updates(m_current);
  publish(devices::WorkerState::Running, "ready");

  Clock::time_point lastPost = Clock::now();
  bool unsent = false;  // progress or temperatures not posted yet (paced)
  while (!stop.stop_requested()) {
    std::deque<Input> inputs;
    {
      std::unique_lock lock(m_mutex);
      const auto wakeAt = unsent ? lastPost + m_options.updateInterval : Clock::now() + std::chrono::hours(1);
      m_wake.wait_until(lock, stop, wakeAt, [&] { return !m_inputs.empty(); });
      inputs.swap(m_inputs);
    }
    bool urgent = false;
    for (Input& input : inputs) {
      urgent = handle(input) || urgent;
      unsent = true;
    }
    const auto now = Clock::now();
    if (unsent && (urgent || now - lastPost >= m_options.updateInterval)) {
      if (m_updates) m_updates(m_current);
      lastPost = now;
      unsent = false;
    }
  }
  // The engine's own stop sends what is still queued (heaters off after a fault) before closing.
  if (m_discovery) m_discovery->stop();
  m_engine->stop();
  publish(devices::WorkerState::Stopped, "stopped");
}

}  // namespace kiosk::app
