#include "devices/reader/scan_pipeline.h"

#include "devices/reader/hid_report.h"

namespace kiosk::devices::reader {

std::vector<ScanOutcome> ScanPipeline::report(std::span<const std::uint8_t> bytes, ReaderClock::time_point now) {
  auto parsed = parseBootReport(bytes);
  if (!parsed) {
    ++m_malformed;
    return m_framer.tick(now);
  }
  std::vector<ScanOutcome> out = m_framer.activity(now);
  for (const KeyEvent& key : m_decoder.feed(*parsed)) {
    for (ScanOutcome& o : m_framer.key(key, now)) out.push_back(std::move(o));
  }
  return out;
}

void ScanPipeline::reset() {
  m_decoder.reset();
  m_framer.reset();
}

}  // namespace kiosk::devices::reader
