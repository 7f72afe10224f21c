// SerialScannerWorker: a scanner in CDC-serial mode (/dev/ttyACM*, the best mode for long payloads such
// as vCards: no keyboard layout, full UTF-8) read through the same serial transport as the printer.
// Bytes go through SerialTextDecoder and ScanFramer, so a scan and its drops follow the same rules as a
// keyboard-wedge reader. Unplugged: it says so and reopens the port every retryInterval.
#pragma once

#include <chrono>
#include <functional>
#include <string>

#include "devices/core/worker.h"
#include "devices/reader/scan_framer.h"

namespace kiosk::devices::reader {

struct SerialScannerOptions {
  std::string path;  // e.g. /dev/serial/by-id/usb-Honeywell_...-if00: stable across replugs
  long baud = 9600;  // ignored by USB CDC, needed by real UARTs
  FramerOptions framer;
  std::chrono::milliseconds retryInterval{1000};
};

class SerialScannerWorker final : public Worker {
 public:
  using ScanSink = std::function<void(ScanEvent)>;
  using LogSink = std::function<void(std::string)>;

  SerialScannerWorker(SerialScannerOptions options, ScanSink scans, StatusSink status = {}, LogSink log = {});
  ~SerialScannerWorker() override;

 private:
  void run(std::stop_token stop) override;
  void status(WorkerState state, std::string detail);

  const SerialScannerOptions m_options;
  ScanSink m_scans;
  LogSink m_log;
  std::string m_lastStatus;
};

}  // namespace kiosk::devices::reader
