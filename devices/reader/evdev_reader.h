// EvdevReaderWorker: the fallback transport. Opens the reader's event node (use the stable
// /dev/input/by-id/usb-..._<serial>-event-kbd link) and takes it with EVIOCGRAB, so the kernel stops
// passing its keys to the compositor and the console; no driver detaching, and udev handles hot-unplug.
// Events go back into boot reports (EvdevReportBuilder) and through the same ScanPipeline as libusb.
// Needs read access to the node (a udev rule: GROUP or TAG+="uaccess"). Reopens after an unplug.
#pragma once

#include <chrono>
#include <functional>
#include <string>

#include "devices/core/worker.h"
#include "devices/reader/hid_layout.h"
#include "devices/reader/scan_framer.h"

namespace kiosk::devices::reader {

struct EvdevReaderOptions {
  std::string path;
  HidLayout layout = HidLayout::Us;
  FramerOptions framer;
  std::chrono::milliseconds retryInterval{1000};
};

class EvdevReaderWorker final : public Worker {
 public:
  using ScanSink = std::function<void(ScanEvent)>;
  using LogSink = std::function<void(std::string)>;

  EvdevReaderWorker(EvdevReaderOptions options, ScanSink scans, StatusSink status = {}, LogSink log = {});
  ~EvdevReaderWorker() override;

 private:
  void run(std::stop_token stop) override;
  void status(WorkerState state, std::string detail);

  const EvdevReaderOptions m_options;
  ScanSink m_scans;
  LogSink m_log;
  std::string m_lastStatus;
};

}  // namespace kiosk::devices::reader
