// Fuzzes the reader's USB path (devices/reader): raw interrupt transfers -> boot report ->
// keys (US/IT layout, Alt codes) -> scan framing, with a clock driven by the input; and the
// evdev fallback's report builder. Every scan out must hold the framer's promises.
#include "devices/reader/evdev_report_builder.h"
#include "devices/reader/hid_report.h"
#include "devices/reader/scan_pipeline.h"
#include "tests/fuzz/fuzz_support.h"

using namespace kiosk::devices::reader;

namespace {

void check(const std::vector<ScanOutcome>& outcomes, const FramerOptions& options) {
  for (const ScanOutcome& outcome : outcomes) {
    const auto* scan = std::get_if<ScanEvent>(&outcome);
    if (!scan) continue;
    if (scan->text.empty() || scan->text.size() > options.maxBytes) __builtin_trap();
    for (const char c : scan->text) {
      if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) __builtin_trap();  // printable only
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  FramerOptions options;
  options.maxBytes = 64;
  options.timeoutEndsScan = data[0] & 1;
  options.enterTerminates = data[0] & 2;
  options.tabTerminates = data[0] & 4;
  ScanPipeline pipeline("fuzz", data[0] & 8 ? HidLayout::It : HidLayout::Us, options);
  ReaderClock::time_point now{};
  // Records: one length byte (its top bits also advance the clock), then that many report bytes.
  std::size_t pos = 1;
  while (pos < size) {
    const std::uint8_t head = data[pos++];
    now += std::chrono::milliseconds((head >> 4) * 8);
    const std::size_t length = std::min<std::size_t>(head & 0x0F, size - pos);
    check(pipeline.tick(now), options);
    check(pipeline.report({data + pos, length}, now), options);
    pos += length;
  }
  now += std::chrono::seconds(2);
  check(pipeline.tick(now), options);

  // The evdev path: (code, value) pairs to boot reports, then the same decoding.
  EvdevReportBuilder builder;
  for (std::size_t i = 1; i + 1 < size; i += 2) {
    builder.key(data[i] | ((data[i + 1] & 0x01) << 8), data[i + 1] >> 6);
    if (data[i + 1] & 0x02) {
      if (auto report = builder.sync()) {
        if (report->isRollOverError() && report->keys[0] != kUsageErrorRollOver) __builtin_trap();
      }
    }
  }
  return 0;
}
