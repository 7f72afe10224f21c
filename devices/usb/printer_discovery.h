// PrinterDiscovery: which known printers (VID:PID from config) are plugged in, and on which tty.
// A worker thread keeps the picture current with libusb hotplug events (or a 2 s rescan where
// hotplug is unavailable) and reports each arrival and departure.
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "devices/core/worker.h"
#include "devices/usb/usb_devices.h"

namespace kiosk::devices {

struct KnownPrinter {
  std::uint16_t vendorId = 0;
  std::uint16_t productId = 0;
  std::string model;  // e.g. "Creality (CH340)", "Prusa MK3S (CDC-ACM)"
};

struct DiscoveredPrinter {
  KnownPrinter printer;
  std::string sysfsName;
  std::string tty;  // empty while the kernel has not bound a tty yet
  bool operator==(const DiscoveredPrinter& o) const { return sysfsName == o.sysfsName && tty == o.tty; }
};

struct PrinterPresence {
  enum class Change { Arrived, Left };
  Change change;
  DiscoveredPrinter printer;
};

// Pure: the known printers among `devices`, each with its tty from sysfs.
[[nodiscard]] std::vector<DiscoveredPrinter> matchKnownPrinters(const std::vector<UsbDeviceInfo>& devices,
                                                                const std::vector<KnownPrinter>& known,
                                                                const std::filesystem::path& usbDevicesDir);

// Pure: what changed between two scans.
[[nodiscard]] std::vector<PrinterPresence> diffPrinters(const std::vector<DiscoveredPrinter>& before,
                                                        const std::vector<DiscoveredPrinter>& after);

class PrinterDiscovery final : public Worker {
 public:
  using Sink = std::function<void(PrinterPresence)>;
  PrinterDiscovery(std::vector<KnownPrinter> known, Sink sink, StatusSink status = {},
                   std::filesystem::path usbDevicesDir = "/sys/bus/usb/devices");
  ~PrinterDiscovery() override;

 private:
  void run(std::stop_token stop) override;
  void rescan();

  const std::vector<KnownPrinter> m_known;
  Sink m_sink;
  const std::filesystem::path m_sysfs;
  std::vector<DiscoveredPrinter> m_present;
  std::atomic<bool> m_dirty{true};
};

}  // namespace kiosk::devices
