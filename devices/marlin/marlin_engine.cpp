#include "devices/marlin/marlin_engine.h"

#include <sys/eventfd.h>
#include <poll.h>
#include <unistd.h>

#include <optional>

#include "devices/marlin/marlin_session.h"
#include "devices/serial/line_framer.h"
#include "devices/serial/serial_port.h"

namespace kiosk::devices::marlin {
namespace {

using Clock = std::chrono::steady_clock;
constexpr auto kTick = std::chrono::milliseconds(20);
constexpr auto kSnapshotInterval = std::chrono::milliseconds(100);
constexpr auto kCloseGrace = std::chrono::milliseconds(300);

}  // namespace

MarlinEngine::MarlinEngine(PrinterOptions options, SnapshotSink snapshots, StatusSink status, RejectionSink rejections)
    : Worker("printer", std::move(status)),
      m_options(std::move(options)),
      m_snapshots(std::move(snapshots)),
      m_rejections(std::move(rejections)),
      m_wakeFd(::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC)) {}

MarlinEngine::~MarlinEngine() {
  stop();
  if (m_wakeFd >= 0) ::close(m_wakeFd);
}

void MarlinEngine::connect(std::string port, long baud) { post(Connect{std::move(port), baud}); }
void MarlinEngine::disconnect() { post(Disconnect{}); }
void MarlinEngine::startJob(std::shared_ptr<const PrintJob> job) { post(StartJob{std::move(job)}); }
void MarlinEngine::pause() { post(Simple::Pause); }
void MarlinEngine::resume() { post(Simple::Resume); }
void MarlinEngine::cancel() { post(Simple::Cancel); }
void MarlinEngine::emergencyStop() { post(Simple::EmergencyStop); }
void MarlinEngine::clearFault() { post(Simple::ClearFault); }
void MarlinEngine::sendCommand(std::string gcode) { post(Command{std::move(gcode)}); }

void MarlinEngine::post(Request request) {
  {
    std::lock_guard lock(m_mutex);
    m_requests.push_back(std::move(request));
  }
  const std::uint64_t one = 1;
  if (m_wakeFd >= 0) (void)!::write(m_wakeFd, &one, sizeof one);
}

void MarlinEngine::run(std::stop_token stop) {
  MarlinSession session(m_options);
  std::optional<SerialPort> port;
  std::optional<Connect> target;
  LineFramer framer;
  std::string pending;  // bytes the kernel did not take yet
  Clock::time_point nextOpen{};
  Clock::time_point lastPublish{};
  std::uint64_t sequence = 0;
  LinkState publishedLink = LinkState::Disconnected;
  JobState publishedJob = JobState::None;
  bool dirty = false;
  Clock::time_point closeAt{};
  bool closing = false;

  auto reject = [&](const Result<void>& r) {
    if (!r && m_rejections) m_rejections(r.error().message);
  };
  auto closePort = [&](const std::string& reason, Clock::time_point now) {
    if (!port) return;
    port.reset();
    pending.clear();
    framer.clear();
    session.linkLost(reason, now);
    nextOpen = now + m_options.reconnectInterval;
  };

  publish(WorkerState::Running, "idle");
  while (!stop.stop_requested()) {
    auto now = Clock::now();

    std::deque<Request> requests;
    {
      std::lock_guard lock(m_mutex);
      requests.swap(m_requests);
    }
    for (Request& request : requests) {
      if (auto* c = std::get_if<Connect>(&request)) {
        closePort("reconnecting", now);
        target = *c;
        nextOpen = now;
      } else if (std::holds_alternative<Disconnect>(request)) {
        target.reset();
        closePort("disconnected by request", now);
      } else if (auto* j = std::get_if<StartJob>(&request)) {
        reject(session.startJob(std::move(j->job), now));
      } else if (auto* cmd = std::get_if<Command>(&request)) {
        reject(session.sendCommand(std::move(cmd->gcode), now));
      } else {
        switch (std::get<Simple>(request)) {
          case Simple::Pause: reject(session.pause(now)); break;
          case Simple::Resume: reject(session.resume(now)); break;
          case Simple::Cancel: reject(session.cancel(now)); break;
          case Simple::EmergencyStop: session.emergencyStop(now); break;
          case Simple::ClearFault:
            session.clearFault();
            nextOpen = now;
            break;
        }
      }
    }

    if (!port && target && session.mayReconnect() && now >= nextOpen) {
      auto opened = SerialPort::open(target->port, target->baud);
      if (opened) {
        port.emplace(std::move(*opened));
        session.opened(target->port, now);
      } else {
        nextOpen = now + m_options.reconnectInterval;
      }
    }

    if (port) {
      auto ready = port->wait(kTick, !pending.empty(), m_wakeFd);
      now = Clock::now();
      if (ready && ready->readable) {
        auto bytes = port->read();
        if (bytes) {
          framer.feed(*bytes);
          while (auto line = framer.next()) {
            if (m_tap) m_tap('<', *line);
            session.lineReceived(*line, now);
          }
        } else {
          ready = tl::unexpected(bytes.error());
        }
      }
      if (!ready) closePort(ready.error().message, now);
    } else {
      pollfd pfd{m_wakeFd, POLLIN, 0};
      (void)::poll(&pfd, 1, static_cast<int>(kTick.count()));
      now = Clock::now();
    }
    if (m_wakeFd >= 0) {
      std::uint64_t drained = 0;
      (void)!::read(m_wakeFd, &drained, sizeof drained);
    }

    session.tick(now);
    pending += session.takeOutgoing();
    if (port && !pending.empty()) {
      auto written = port->write(pending);
      if (written) {
        if (m_tap && *written > 0) m_tap('>', std::string_view(pending).substr(0, *written));
        pending.erase(0, *written);
      } else {
        closePort(written.error().message, now);
      }
    }
    // After a fault the port closes, but not at once: the M112 / heaters-off bytes must reach the
    // printer first (closing a tty can discard unsent output).
    if (session.takeCloseRequest() && port) {
      closing = true;
      closeAt = now + kCloseGrace;
    }
    if (closing && (now >= closeAt || !port)) {
      closing = false;
      closePort("closed after a fault", now);
    }

    const PrinterSnapshot& snapshot = session.snapshot();
    dirty = session.takeChanged() || dirty;
    const bool stateChanged = snapshot.link != publishedLink || snapshot.job != publishedJob;
    // State changes go out at once; temperatures and progress at most every kSnapshotInterval.
    if (stateChanged || (dirty && now - lastPublish >= kSnapshotInterval)) {
      PrinterSnapshot copy = snapshot;
      copy.sequence = ++sequence;
      publishedLink = copy.link;
      publishedJob = copy.job;
      lastPublish = now;
      dirty = false;
      if (stateChanged) publish(WorkerState::Running, std::string(toString(copy.link)) + "/" + std::string(toString(copy.job)));
      if (m_snapshots) m_snapshots(std::move(copy));
    }
  }
  // Stopping with bytes still unsent (an M112 after a fault, heaters off): try for a moment.
  pending += session.takeOutgoing();
  const auto deadline = Clock::now() + kCloseGrace;
  while (port && !pending.empty() && Clock::now() < deadline) {
    auto written = port->write(pending);
    if (!written) break;
    pending.erase(0, *written);
    if (!pending.empty()) (void)port->wait(std::chrono::milliseconds(10), true);
  }
  port.reset();
}

}  // namespace kiosk::devices::marlin
