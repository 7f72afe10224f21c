// UsbReaderWorker: reads a keyboard-wedge reader exclusively over libusb on its own thread, so its
// keystrokes never type into the kiosk: find a listed VID:PID with a boot-keyboard interface, detach the
// kernel's HID driver only when one is bound (detaching when none is active fails under umockdev and on
// some kernels), claim the interface, read the interrupt IN endpoint, and turn reports into scans.
// Unplugged: it says so, waits for a hotplug arrival (or retries every retryInterval: right after an
// arrival, udev may not have set permissions yet), and resumes without a restart. One reader at a time:
// the first listed device found.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "devices/core/worker.h"
#include "devices/reader/hid_layout.h"
#include "devices/reader/reader_ids.h"
#include "devices/reader/scan_framer.h"

struct libusb_context;
struct libusb_device_handle;

namespace kiosk::devices::reader {

class ScanPipeline;

struct UsbReaderOptions {
  std::vector<ReaderId> ids;
  // Staff-chosen mode: also any other boot keyboard (3/1/1) not in `excluded`. Touch screens are HID but
  // not boot keyboards, so they are never taken; a USB staff keyboard would be: list it in `excluded`.
  bool anyBootKeyboard = false;
  std::vector<ReaderId> excluded;
  HidLayout layout = HidLayout::Us;
  FramerOptions framer;
  std::chrono::milliseconds retryInterval{500};
};

class UsbReaderWorker final : public Worker {
 public:
  using ScanSink = std::function<void(ScanEvent)>;     // on the worker thread: post it to a Mailbox
  using LogSink = std::function<void(std::string)>;    // drops, arrivals, refusals: never scan content
  using Clock = std::function<ReaderClock::time_point()>;

  UsbReaderWorker(UsbReaderOptions options, ScanSink scans, StatusSink status = {}, LogSink log = {},
                  Clock clock = {});
  ~UsbReaderWorker() override;

  struct HotplugState;  // opaque; public only so the libusb callback (a free function) can reach it

 private:
  struct OpenReader;

  void run(std::stop_token stop) override;
  bool tryOpen();
  void closeReader(const std::string& why);
  void readOnce();
  void deliver(std::vector<ScanOutcome> outcomes);
  void status(WorkerState state, std::string detail);
  void log(std::string line);

  const UsbReaderOptions m_options;
  ScanSink m_scans;
  LogSink m_log;
  Clock m_clock;
  libusb_context* m_context = nullptr;
  std::unique_ptr<OpenReader> m_reader;
  std::unique_ptr<HotplugState> m_hotplug;
  std::string m_lastStatus;
  std::string m_lastRefusal;
};

}  // namespace kiosk::devices::reader
