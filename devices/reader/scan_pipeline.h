// ScanPipeline: one reader's raw reports to scans, whatever transport carried them (libusb now, evdev
// or a fake later): boot report -> keys (layout) -> framing. The transport only adds I/O and a clock.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "devices/reader/key_decoder.h"
#include "devices/reader/scan_framer.h"

namespace kiosk::devices::reader {

class ScanPipeline {
 public:
  ScanPipeline(std::string source, HidLayout layout, FramerOptions framer)
      : m_decoder(layout), m_framer(std::move(source), framer) {}

  // One interrupt transfer's bytes. A transfer that is not an 8-byte boot report is counted and
  // ignored (a vendor report, a short read), never decoded.
  [[nodiscard]] std::vector<ScanOutcome> report(std::span<const std::uint8_t> bytes, ReaderClock::time_point now);
  [[nodiscard]] std::vector<ScanOutcome> tick(ReaderClock::time_point now) { return m_framer.tick(now); }
  [[nodiscard]] std::optional<ReaderClock::time_point> nextDeadline() const { return m_framer.nextDeadline(); }
  // The device went away: forget held keys and the half scan.
  void reset();

  [[nodiscard]] std::uint64_t malformedReports() const { return m_malformed; }
  [[nodiscard]] const std::string& source() const { return m_framer.source(); }

 private:
  HidKeyDecoder m_decoder;
  ScanFramer m_framer;
  std::uint64_t m_malformed = 0;
};

}  // namespace kiosk::devices::reader
