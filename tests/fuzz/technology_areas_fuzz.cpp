// Fuzzes the technology-areas content file loader (kiosk/core/technology_areas.*).
#include "kiosk/core/technology_areas.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const kiosk::fuzz::ScratchDir dir;
  const auto file = dir.path() / "technology-areas.toml";
  kiosk::fuzz::writeFile(file, kiosk::fuzz::asText(data, size));
  const std::vector<std::string> languages{"it", "en"};
  auto areas = kiosk::core::loadTechnologyAreas(file, languages);
  if (areas) {
    for (const auto& area : *areas) {
      for (const auto& language : languages) (void)kiosk::core::localized(area.title, language);
    }
  } else if (areas.error().empty()) {
    __builtin_trap();
  }
  return 0;
}
