// The RFID/barcode reader as the kiosk runs it: [reader] config → the libusb worker's options.
// Scans reach the UI thread as ReaderScan through the app's mailbox; the worker's status shows in
// the staff panel like every worker's.
#pragma once

#include <chrono>
#include <string>

#include <tl/expected.hpp>

#include "devices/reader/usb_reader.h"
#include "kiosk/core/config.h"

namespace kiosk::app {

// A scan as the UI thread gets it. `text` is personal data when it is a badge: never log it.
struct ReaderScan {
  std::string text;
  std::string source;
  std::chrono::steady_clock::time_point at{};
};

// The error names the bad config value (loadConfig has checked the shapes already).
[[nodiscard]] tl::expected<devices::reader::UsbReaderOptions, std::string> readerOptions(const core::ReaderConfig& config);

}  // namespace kiosk::app
