// ReaderDesk: the RFID/barcode reader as the screens see it. The app puts a scan here only while a
// screen that reads scans is showing (the lead form, the traceability demo); that screen takes it
// on its next frame. Anything else is dropped on arrival, so a scan never outlives the screen it
// was meant for. A scan may be a visitor's badge: personal data, never logged.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>

#include "demos/traceability/product_catalog.h"
#include "kiosk/core/device_status_board.h"
#include "kiosk/core/printer_desk.h"  // TextureRef

namespace kiosk::core {

struct ReaderDesk {
  bool running = false;             // a reader worker (USB or fake) is running: screens offer scanning
  std::optional<std::string> scan;  // the latest scan, waiting for the screen showing now
  std::uint64_t scans = 0;          // scans delivered to a screen since start-up (status only)

  demos::ProductCatalog products;   // the traceability demo's tagged products (assets/reader)
  std::string productsProblem;      // why the catalog is empty, for staff ("" = fine)
  // Product pictures, uploaded on first use by the platform layer; nullopt when unreadable.
  std::function<std::optional<TextureRef>(const std::filesystem::path&)> texture;

  // The screen takes the scan; the desk keeps no copy.
  [[nodiscard]] std::optional<std::string> take() {
    std::optional<std::string> out = std::move(scan);
    scan.reset();
    return out;
  }
};

// A reader is plugged in and reading (its worker, "reader", reports Running): screens offer scanning.
[[nodiscard]] inline bool readerReady(const ReaderDesk& desk, const DeviceStatusBoard& board) {
  if (!desk.running) return false;
  const auto it = board.entries().find("reader");
  return it != board.entries().end() && it->second.state == devices::WorkerState::Running;
}

}  // namespace kiosk::core
