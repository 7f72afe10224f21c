// The RFID/barcode reader as the kiosk runs it: [reader] config → the libusb worker's options, or a
// scan file played by the fake reader (--reader fake:FILE). Scans reach the UI thread as ReaderScan
// through the app's mailbox and go to the screen showing, if it reads scans; the worker's status shows
// in the staff panel like every worker's.
#pragma once

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include <tl/expected.hpp>

#include "devices/reader/scan_script.h"
#include "devices/reader/usb_reader.h"
#include "kiosk/core/config.h"
#include "kiosk/core/reader_desk.h"
#include "kiosk/ui/screen_id.h"

namespace kiosk::app {

// A scan as the UI thread gets it. `text` is personal data when it is a badge: never log it.
struct ReaderScan {
  std::string text;
  std::string source;
  std::chrono::steady_clock::time_point at{};
};

// The error names the bad config value (loadConfig has checked the shapes already).
[[nodiscard]] tl::expected<devices::reader::UsbReaderOptions, std::string> readerOptions(const core::ReaderConfig& config);

// The fake reader's scan file; errors read "FILE:LINE: what is wrong" (never the scan itself).
[[nodiscard]] tl::expected<std::vector<devices::reader::ScriptStep>, std::string> loadScanFile(
    const std::filesystem::path& file);

// The traceability demo's products from <assets>/reader/products.toml; a problem goes to the desk
// and to `contentProblems` (the staff panel), and the demo says it is unavailable.
void loadReaderDesk(core::ReaderDesk& desk, const core::Config& config, std::vector<std::string>& contentProblems);

// The screens that read scans: the lead form (badge) and the traceability demo (tags).
[[nodiscard]] bool readsScans(ui::ScreenId screen);

// Screenshots have no worker: the traceability screen shows the first product as if it had been scanned.
void offerSampleScan(core::ReaderDesk& desk, ui::ScreenId screen);

}  // namespace kiosk::app
