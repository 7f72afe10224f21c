// virtual-reader: a USB keyboard-wedge RFID/barcode reader on paper. Turns scans (one per line) into the
// boot-keyboard reports the reader would send, and prints them, or writes the umockdev files that let
// the kiosk's libusb driver read them in CI:
//   virtual-reader --layout it --scans badges.txt                       # reports as hex, one per line
//   virtual-reader --scans badges.txt --format ioctl > scans.ioctl      # for umockdev-run -i
//   virtual-reader --format umockdev --vid 16c0 --pid 27db > reader.umockdev
#include <cstdint>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "firmware-host/virtual-reader/keyboard_wedge.h"
#include "firmware-host/virtual-reader/umockdev_files.h"

namespace {

std::uint16_t parseHex16(const std::string& text) {
  std::size_t used = 0;
  const unsigned long v = std::stoul(text, &used, 16);
  if (used != text.size() || v > 0xFFFF) throw CLI::ValidationError("not a 16-bit hex id: " + text);
  return static_cast<std::uint16_t>(v);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace pid::firmware;
  std::string layout = "us", terminator = "enter", format = "hex", scansFile, vid = "16c0", pid = "27db";
  std::vector<std::string> scans;
  bool shiftInOwnReport = false, noAltFallback = false;
  UsbIdentity id;
  CLI::App app("Virtual keyboard-wedge reader: scans to HID boot-keyboard reports and umockdev files");
  app.add_option("--layout", layout, "the reader's keyboard country")->check(CLI::IsMember({"us", "it"}));
  app.add_option("--terminator", terminator, "sent after each scan")->check(CLI::IsMember({"enter", "tab", "none"}));
  app.add_option("--format", format, "hex: one report per line; ioctl / umockdev: umockdev files")
      ->check(CLI::IsMember({"hex", "ioctl", "umockdev"}));
  app.add_option("--scans", scansFile, "file with one scan per line ('-' = stdin)");
  app.add_option("--scan", scans, "a scan (repeatable), after those of --scans");
  app.add_flag("--shift-report", shiftInOwnReport, "press Shift/AltGr in a report of its own before the key");
  app.add_flag("--no-alt-fallback", noAltFallback, "refuse characters the layout lacks instead of Alt+numpad");
  app.add_option("--vid", vid, "USB vendor id (hex)");
  app.add_option("--pid", pid, "USB product id (hex)");
  app.add_option("--bus", id.bus, "USB bus number")->check(CLI::Range(1, 255));
  app.add_option("--device", id.device, "USB device number")->check(CLI::Range(1, 127));
  app.add_option("--port", id.port, "root-hub port (sysfs name BUS-PORT)")->check(CLI::Range(1, 15));
  CLI11_PARSE(app, argc, argv);

  try {
    id.vendorId = parseHex16(vid);
    id.productId = parseHex16(pid);
  } catch (const std::exception& e) {
    std::cerr << "virtual-reader: bad --vid/--pid: " << e.what() << "\n";
    return 2;
  }
  if (format == "umockdev") {
    std::cout << umockdevDescription(id);
    return 0;
  }

  std::vector<std::string> all;
  if (!scansFile.empty()) {
    std::ifstream file;
    if (scansFile != "-") file.open(scansFile);
    std::istream& in = scansFile == "-" ? std::cin : file;
    if (!in) {
      std::cerr << "virtual-reader: cannot read " << scansFile << "\n";
      return 2;
    }
    for (std::string line; std::getline(in, line);) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!line.empty() && line[0] != '#') all.push_back(line);
    }
  }
  all.insert(all.end(), scans.begin(), scans.end());

  WedgeOptions options;
  options.layout = layout == "it" ? WedgeLayout::It : WedgeLayout::Us;
  options.terminator = terminator == "tab" ? WedgeTerminator::Tab
                       : terminator == "none" ? WedgeTerminator::None : WedgeTerminator::Enter;
  options.shiftInOwnReport = shiftInOwnReport;
  options.altNumpadFallback = !noAltFallback;

  std::vector<BootReport> reports;
  for (std::size_t i = 0; i < all.size(); ++i) {
    auto encoded = encodeScan(all[i], options);
    if (!encoded) {
      std::cerr << "virtual-reader: scan " << i + 1 << ": " << encoded.error() << "\n";
      return 1;
    }
    if (format == "hex") {
      std::cout << "# scan " << i + 1 << "\n";
      for (const BootReport& r : *encoded) std::cout << hexReport(r) << "\n";
    }
    reports.insert(reports.end(), encoded->begin(), encoded->end());
  }
  if (format == "ioctl") std::cout << umockdevIoctl(id, reports);
  return 0;
}
