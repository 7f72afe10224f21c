// Fuzzes the self-assessment content loader (kiosk/assessment/loader.*): the first byte picks
// which of the six questionnaire files the rest replaces; the others are the shipped ones.
#include "kiosk/assessment/loader.h"
#include "tests/fuzz/fuzz_support.h"

namespace {
constexpr const char* kFiles[] = {"questionnaire.toml", "scales.toml",   "dimensions.toml",
                                  "levels.toml",        "services.toml", "recommendations.toml"};
constexpr std::size_t kFileCount = sizeof(kFiles) / sizeof(kFiles[0]);
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const kiosk::fuzz::ScratchDir dir;
  if (size == 0) return 0;
  // The questionnaire names the technology areas as ../content/technology-areas.toml.
  const std::filesystem::path assets = KIOSK_ASSETS_DIR;
  const auto folder = dir.path() / "assessment";
  std::filesystem::create_directories(folder);
  std::filesystem::create_directories(dir.path() / "content");
  std::filesystem::copy_file(assets / "content" / "technology-areas.toml", dir.path() / "content" / "technology-areas.toml",
                             std::filesystem::copy_options::skip_existing);
  const std::size_t pick = data[0] % kFileCount;
  for (std::size_t i = 0; i < kFileCount; ++i) {
    if (i == pick) {
      kiosk::fuzz::writeFile(folder / kFiles[i], kiosk::fuzz::asText(data + 1, size - 1));
    } else {
      std::filesystem::copy_file(assets / "assessment" / kFiles[i], folder / kFiles[i],
                                 std::filesystem::copy_options::overwrite_existing);
    }
  }
  auto content = kiosk::assessment::loadContent(folder);
  if (!content && content.error().empty()) __builtin_trap();
  return 0;
}
