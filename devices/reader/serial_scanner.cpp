#include "devices/reader/serial_scanner.h"

#include <algorithm>
#include <optional>

#include "devices/reader/serial_text_decoder.h"
#include "devices/serial/serial_port.h"

namespace kiosk::devices::reader {

SerialScannerWorker::SerialScannerWorker(SerialScannerOptions options, ScanSink scans, StatusSink status, LogSink log)
    : Worker("scanner", std::move(status)),
      m_options(std::move(options)),
      m_scans(std::move(scans)),
      m_log(std::move(log)) {}

SerialScannerWorker::~SerialScannerWorker() { stop(); }

void SerialScannerWorker::run(std::stop_token stop) {
  using namespace std::chrono_literals;
  const std::string source = "serial:" + m_options.path;
  ScanFramer framer(source, m_options.framer);
  SerialTextDecoder decoder;
  std::optional<SerialPort> port;
  const auto deliver = [&](std::vector<ScanOutcome> outcomes) {
    for (ScanOutcome& o : outcomes) {
      if (auto* scan = std::get_if<ScanEvent>(&o)) {
        if (m_scans) m_scans(std::move(*scan));
      } else if (m_log) {
        m_log(describe(std::get<ScanDrop>(o)));
      }
    }
  };
  while (!stop.stop_requested()) {
    if (!port) {
      auto opened = SerialPort::open(m_options.path, m_options.baud);
      if (!opened) {
        status(WorkerState::Degraded, "scanner " + m_options.path + ": " + opened.error().message);
        if (!sleepFor(stop, m_options.retryInterval)) break;
        continue;
      }
      port.emplace(std::move(*opened));
      decoder.reset();
      framer.reset();
      if (m_log) m_log("scanner " + m_options.path + " opened");
      status(WorkerState::Running, "scanner " + m_options.path + " ready");
    }
    // At most 100 ms, so a stop is seen quickly, and less when the framer's pause deadline is sooner.
    auto timeout = 100ms;
    if (const auto deadline = framer.nextDeadline()) {
      timeout = std::clamp(std::chrono::duration_cast<std::chrono::milliseconds>(*deadline - ReaderClock::now()), 1ms,
                           100ms);
    }
    auto ready = port->wait(timeout, false);
    Result<std::string> bytes = ready && ready->readable ? port->read() : Result<std::string>(std::string());
    if (!ready || !bytes) {
      const Error& error = !ready ? ready.error() : bytes.error();
      port.reset();  // the half scan dies with the port
      if (m_log) m_log("scanner " + m_options.path + " lost: " + error.message);
      status(WorkerState::Degraded, "scanner " + m_options.path + " unplugged, waiting for it");
      continue;
    }
    const auto now = ReaderClock::now();
    std::vector<ScanOutcome> outcomes = framer.tick(now);
    for (const KeyEvent& key : decoder.feed(*bytes)) {
      for (ScanOutcome& o : framer.key(key, now)) outcomes.push_back(std::move(o));
    }
    deliver(std::move(outcomes));
  }
}

void SerialScannerWorker::status(WorkerState state, std::string detail) {
  if (detail == m_lastStatus) return;  // one line per change, not one per retry
  m_lastStatus = detail;
  publish(state, std::move(detail));
}

}  // namespace kiosk::devices::reader
