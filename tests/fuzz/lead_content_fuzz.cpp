// Fuzzes the lead-form content loader (kiosk/core/lead_content.*: sectors.toml, privacy.toml):
// the first byte picks the file the rest replaces; the other one is the shipped file.
#include "kiosk/core/lead_content.h"
#include "tests/fuzz/fuzz_support.h"

namespace {
constexpr const char* kFiles[] = {"sectors.toml", "privacy.toml"};
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const kiosk::fuzz::ScratchDir dir;
  if (size == 0) return 0;
  const std::filesystem::path shipped = std::filesystem::path(KIOSK_ASSETS_DIR) / "leads";
  const std::size_t pick = data[0] % 2;
  for (std::size_t i = 0; i < 2; ++i) {
    const auto target = dir.path() / kFiles[i];
    if (i == pick) {
      kiosk::fuzz::writeFile(target, kiosk::fuzz::asText(data + 1, size - 1));
    } else {
      std::filesystem::copy_file(shipped / kFiles[i], target, std::filesystem::copy_options::overwrite_existing);
    }
  }
  auto content = kiosk::core::loadLeadContent(dir.path(), {"it", "en"});
  if (!content && content.error().empty()) __builtin_trap();
  return 0;
}
