// Fuzzes the kiosk's TOML configuration loader (kiosk/core/config.*) through a file.
#include "kiosk/core/config.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const kiosk::fuzz::ScratchDir dir;
  const auto file = dir.path() / "kiosk.toml";
  kiosk::fuzz::writeFile(file, kiosk::fuzz::asText(data, size));
  auto config = kiosk::core::loadConfig(file);
  if (!config && config.error().empty()) __builtin_trap();  // a refusal always says why
  return 0;
}
