#include "devices/reader/usb_reader.h"

#include <libusb.h>

#include <algorithm>
#include <array>
#include <atomic>

#include "devices/reader/scan_pipeline.h"

namespace kiosk::devices::reader {

// Written by the hotplug callback, read by the loop; both run on the worker thread (libusb calls the
// callback from inside the event handling our reads drive), the atomics only keep that assumption cheap.
struct UsbReaderWorker::HotplugState {
  std::atomic<bool> changed{true};               // anything arrived or left: look again
  std::atomic<libusb_device*> current{nullptr};  // the device we hold open
  std::atomic<bool> currentLeft{false};          // ... and it has left
};

struct UsbReaderWorker::OpenReader {
  libusb_device_handle* handle = nullptr;
  int interfaceNumber = 0;
  unsigned char endpoint = 0;
  int packetSize = 8;
  bool detachedKernelDriver = false;
  std::string name;  // "16c0:27db on 1-1.4"
  std::unique_ptr<ScanPipeline> pipeline;
};

namespace {

struct BootInterface {
  int number = -1;
  unsigned char endpoint = 0;
  int packetSize = 8;
};

// The first 3/1/1 interface with an interrupt IN endpoint, in the active (else the first) configuration.
BootInterface findBootInterface(libusb_device* device) {
  BootInterface found;
  libusb_config_descriptor* config = nullptr;
  if (libusb_get_active_config_descriptor(device, &config) != 0 && libusb_get_config_descriptor(device, 0, &config) != 0) {
    return found;
  }
  for (int i = 0; i < config->bNumInterfaces && found.number < 0; ++i) {
    if (config->interface[i].num_altsetting < 1) continue;
    const libusb_interface_descriptor& alt = config->interface[i].altsetting[0];
    if (!isBootKeyboard(alt.bInterfaceClass, alt.bInterfaceSubClass, alt.bInterfaceProtocol)) continue;
    for (int e = 0; e < alt.bNumEndpoints; ++e) {
      const libusb_endpoint_descriptor& ep = alt.endpoint[e];
      if ((ep.bmAttributes & 0x03) == LIBUSB_TRANSFER_TYPE_INTERRUPT && (ep.bEndpointAddress & LIBUSB_ENDPOINT_IN)) {
        found = {alt.bInterfaceNumber, ep.bEndpointAddress, std::clamp<int>(ep.wMaxPacketSize, 8, 64)};
        break;
      }
    }
  }
  libusb_free_config_descriptor(config);
  return found;
}

// "1-1.4", the name under /sys/bus/usb/devices, so staff can tell two identical readers apart.
std::string portPath(libusb_device* device) {
  std::array<std::uint8_t, 8> ports{};
  const int n = libusb_get_port_numbers(device, ports.data(), static_cast<int>(ports.size()));
  std::string out = std::to_string(libusb_get_bus_number(device));
  for (int i = 0; i < n; ++i) out += (i == 0 ? "-" : ".") + std::to_string(ports[static_cast<std::size_t>(i)]);
  return out;
}

// Runs inside libusb's event handling: only note what happened, never do I/O here. A LEFT event for
// the open reader matters because a read on a vanished device does not always fail by itself (umockdev
// keeps answering; some host controllers only time out).
int onHotplug(libusb_context*, libusb_device* device, libusb_hotplug_event event, void* state) {
  auto* hotplug = static_cast<UsbReaderWorker::HotplugState*>(state);
  hotplug->changed = true;
  if (event == LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT && device == hotplug->current.load()) hotplug->currentLeft = true;
  return 0;
}

}  // namespace

UsbReaderWorker::UsbReaderWorker(UsbReaderOptions options, ScanSink scans, StatusSink status, LogSink log, Clock clock)
    : Worker("reader", std::move(status)),
      m_options(std::move(options)),
      m_scans(std::move(scans)),
      m_log(std::move(log)),
      m_clock(clock ? std::move(clock) : Clock([] { return ReaderClock::now(); })),
      m_hotplug(std::make_unique<HotplugState>()) {}

UsbReaderWorker::~UsbReaderWorker() { stop(); }

void UsbReaderWorker::run(std::stop_token stop) {
  if (const int r = libusb_init(&m_context); r != 0) {
    status(WorkerState::Failed, std::string("libusb: ") + libusb_error_name(r));
    return;
  }
  libusb_hotplug_callback_handle hotplug = 0;
  const bool hasHotplug =
      libusb_has_capability(LIBUSB_CAP_HAS_HOTPLUG) != 0 &&
      libusb_hotplug_register_callback(
          m_context,
          static_cast<libusb_hotplug_event>(LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED | LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT),
          LIBUSB_HOTPLUG_NO_FLAGS, LIBUSB_HOTPLUG_MATCH_ANY, LIBUSB_HOTPLUG_MATCH_ANY, LIBUSB_HOTPLUG_MATCH_ANY,
          onHotplug, m_hotplug.get(), &hotplug) == LIBUSB_SUCCESS;
  auto lastAttempt = m_clock() - m_options.retryInterval;
  while (!stop.stop_requested()) {
    if (m_reader) {
      readOnce();  // blocks at most ~100 ms, and drives libusb's event handling (hotplug) meanwhile
      continue;
    }
    const auto now = m_clock();
    if (m_hotplug->changed.exchange(false) || now - lastAttempt >= m_options.retryInterval) {
      lastAttempt = now;
      if (tryOpen()) continue;
    }
    if (hasHotplug) {
      timeval tv{0, 100'000};
      libusb_handle_events_timeout_completed(m_context, &tv, nullptr);
    } else if (!sleepFor(stop, std::chrono::milliseconds(100))) {
      break;
    }
  }
  if (m_reader) closeReader("stopping");
  if (hasHotplug) libusb_hotplug_deregister_callback(m_context, hotplug);
  libusb_exit(m_context);
  m_context = nullptr;
}

bool UsbReaderWorker::tryOpen() {
  libusb_device** list = nullptr;
  const ssize_t count = libusb_get_device_list(m_context, &list);
  if (count < 0) {
    status(WorkerState::Degraded, std::string("cannot list USB devices: ") + libusb_error_name(static_cast<int>(count)));
    return false;
  }
  std::string refusal;
  for (ssize_t i = 0; i < count && !m_reader; ++i) {
    libusb_device* device = list[i];
    libusb_device_descriptor desc{};
    if (libusb_get_device_descriptor(device, &desc) != 0) continue;
    const bool listed = isListed(m_options.ids, desc.idVendor, desc.idProduct);
    const bool anyKeyboard = m_options.anyBootKeyboard && !isListed(m_options.excluded, desc.idVendor, desc.idProduct);
    if (!listed && !anyKeyboard) continue;
    const std::string name = toString(ReaderId{desc.idVendor, desc.idProduct}) + " on " + portPath(device);
    const BootInterface boot = findBootInterface(device);
    if (boot.number < 0) {  // e.g. a vendor-HID reader/writer sharing the VID:PID of a wedge model
      if (listed) refusal = name + ": no boot-keyboard interface, not a keyboard-wedge reader";
      continue;  // in any-keyboard mode, hubs, mice and touch screens are simply not candidates
    }
    libusb_device_handle* handle = nullptr;
    if (const int r = libusb_open(device, &handle); r != 0) {
      refusal = name + ": cannot open (" + libusb_error_name(r) + "), check the udev rule";
      continue;
    }
    bool detached = false;
    if (libusb_kernel_driver_active(handle, boot.number) == 1) {
      if (const int r = libusb_detach_kernel_driver(handle, boot.number); r != 0) {
        refusal = name + ": cannot detach the kernel driver (" + libusb_error_name(r) + ")";
        libusb_close(handle);
        continue;
      }
      detached = true;
    }
    if (const int r = libusb_claim_interface(handle, boot.number); r != 0) {
      refusal = name + ": cannot claim the interface (" + libusb_error_name(r) + ")";
      if (detached) libusb_attach_kernel_driver(handle, boot.number);
      libusb_close(handle);
      continue;
    }
    m_reader = std::make_unique<OpenReader>();
    m_reader->handle = handle;
    m_reader->interfaceNumber = boot.number;
    m_reader->endpoint = boot.endpoint;
    m_reader->packetSize = boot.packetSize;
    m_reader->detachedKernelDriver = detached;
    m_reader->name = name;
    m_hotplug->current = device;
    m_hotplug->currentLeft = false;
    m_reader->pipeline = std::make_unique<ScanPipeline>(
        "usb:" + toString(ReaderId{desc.idVendor, desc.idProduct}) + "@" + portPath(device), m_options.layout,
        m_options.framer);
  }
  libusb_free_device_list(list, 1);
  if (m_reader) {
    m_lastRefusal.clear();
    log("reader " + m_reader->name + " claimed" + (m_reader->detachedKernelDriver ? " (kernel driver detached)" : ""));
    status(WorkerState::Running, "reader " + m_reader->name + " ready");
    return true;
  }
  if (!refusal.empty() && refusal != m_lastRefusal) log(refusal);  // once per new reason, not every retry
  m_lastRefusal = refusal;
  status(WorkerState::Degraded, refusal.empty() ? "no reader connected" : refusal);
  return false;
}

void UsbReaderWorker::readOnce() {
  std::array<unsigned char, 64> buffer{};
  const auto now = m_clock();
  // Wake up in time for the framer's inter-key deadline, and at least every 100 ms to see a stop request.
  unsigned timeoutMs = 100;
  if (const auto deadline = m_reader->pipeline->nextDeadline()) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(*deadline - now).count();
    timeoutMs = static_cast<unsigned>(std::clamp<long long>(left, 1, 100));
  }
  int got = 0;
  const int r = libusb_interrupt_transfer(m_reader->handle, m_reader->endpoint, buffer.data(), m_reader->packetSize,
                                          &got, timeoutMs);
  if (m_hotplug->currentLeft) {
    closeReader("unplugged");
  } else if (r == 0) {
    deliver(m_reader->pipeline->report(std::span<const std::uint8_t>(buffer.data(), static_cast<std::size_t>(got)),
                                       m_clock()));
  } else if (r == LIBUSB_ERROR_TIMEOUT || r == LIBUSB_ERROR_INTERRUPTED || r == LIBUSB_ERROR_OVERFLOW) {
    deliver(m_reader->pipeline->tick(m_clock()));
  } else {  // NO_DEVICE when unplugged; IO/PIPE/OTHER when it misbehaves: reopen from scratch
    closeReader(r == LIBUSB_ERROR_NO_DEVICE ? "unplugged" : std::string("read failed: ") + libusb_error_name(r));
  }
}

void UsbReaderWorker::closeReader(const std::string& why) {
  const std::string name = m_reader->name;
  libusb_release_interface(m_reader->handle, m_reader->interfaceNumber);
  // Give the keyboard back to the system, or the reader stays dead until replugged after we exit.
  if (m_reader->detachedKernelDriver) libusb_attach_kernel_driver(m_reader->handle, m_reader->interfaceNumber);
  libusb_close(m_reader->handle);
  m_reader.reset();  // a half scan dies with it: it is not a scan
  log("reader " + name + " " + why);
  if (why != "stopping") status(WorkerState::Degraded, "reader " + name + " " + why + ", waiting for it");
  m_hotplug->current = nullptr;
  m_hotplug->currentLeft = false;
  m_hotplug->changed = true;  // a replug may have happened already: look right away
}

void UsbReaderWorker::deliver(std::vector<ScanOutcome> outcomes) {
  for (ScanOutcome& o : outcomes) {
    if (auto* scan = std::get_if<ScanEvent>(&o)) {
      if (m_scans) m_scans(std::move(*scan));
    } else {
      log(describe(std::get<ScanDrop>(o)));
    }
  }
}

void UsbReaderWorker::status(WorkerState state, std::string detail) {
  if (detail == m_lastStatus) return;  // retries every 500 ms must not flood the staff panel
  m_lastStatus = detail;
  publish(state, std::move(detail));
}

void UsbReaderWorker::log(std::string line) {
  if (m_log) m_log(std::move(line));
}

}  // namespace kiosk::devices::reader
