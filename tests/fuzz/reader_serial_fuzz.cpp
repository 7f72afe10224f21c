// Fuzzes the serial (CDC/TTL) reader's byte decoder (devices/reader serial_text_decoder) in
// uneven chunks, framed into scans as the serial scanner does.
#include "devices/reader/scan_framer.h"
#include "devices/reader/serial_text_decoder.h"
#include "tests/fuzz/fuzz_support.h"

using namespace kiosk::devices::reader;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes = kiosk::fuzz::asText(data, size);
  SerialTextDecoder decoder;
  FramerOptions options;
  options.maxBytes = 64;
  ScanFramer framer("fuzz", options);
  ReaderClock::time_point now{};
  for (std::size_t pos = 0, chunk = 1; pos < bytes.size(); pos += chunk, chunk = chunk % 5 + 1) {
    now += std::chrono::milliseconds(chunk * 7);
    for (const KeyEvent& key : decoder.feed(bytes.substr(pos, chunk))) {
      if (key.kind == KeyEvent::Kind::Text && key.text.empty()) __builtin_trap();
      for (const ScanOutcome& outcome : framer.key(key, now)) {
        if (const auto* scan = std::get_if<ScanEvent>(&outcome); scan && scan->text.size() > options.maxBytes) {
          __builtin_trap();
        }
      }
    }
  }
  (void)framer.tick(now + std::chrono::seconds(1));
  return 0;
}
