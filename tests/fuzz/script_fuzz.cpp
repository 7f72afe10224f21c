// Fuzzes the `kiosk --script` parser (kiosk/core/script.*) and the `keys` text splitter.
#include "kiosk/core/script.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = kiosk::fuzz::asText(data, size);
  auto script = kiosk::core::parseScript(text);
  if (!script && script.error().empty()) __builtin_trap();
  std::size_t total = 0;
  for (const std::string& tap : kiosk::core::splitKeyTaps(text)) {
    if (tap.empty()) __builtin_trap();
    total += tap.size();
  }
  if (total != text.size()) __builtin_trap();  // every byte lands in exactly one tap
  return 0;
}
