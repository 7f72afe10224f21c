// Fuzzes the translations loader and placeholder formatting (kiosk/core/translator.*): the first
// byte picks which of it.toml / en.toml the rest replaces; the other is the shipped file.
#include "kiosk/core/translator.h"
#include "tests/fuzz/fuzz_support.h"

namespace {
constexpr const char* kFiles[] = {"it.toml", "en.toml"};
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const kiosk::fuzz::ScratchDir dir;
  if (size == 0) return 0;
  const std::filesystem::path shipped = std::filesystem::path(KIOSK_ASSETS_DIR) / "i18n";
  const std::size_t pick = data[0] % 2;
  for (std::size_t i = 0; i < 2; ++i) {
    if (i == pick) {
      kiosk::fuzz::writeFile(dir.path() / kFiles[i], kiosk::fuzz::asText(data + 1, size - 1));
    } else {
      std::filesystem::copy_file(shipped / kFiles[i], dir.path() / kFiles[i],
                                 std::filesystem::copy_options::overwrite_existing);
    }
  }
  auto translator = kiosk::core::Translator::load(dir.path(), {"it", "en"});
  if (!translator) {
    if (translator.error().empty()) __builtin_trap();
    return 0;
  }
  for (const char* language : {"it", "en"}) {
    translator->setLanguage(language);
    int formatted = 0;
    for (const auto& [key, text] : translator->table(language)) {
      if (++formatted > 64) break;
      (void)translator->tr(key);
      (void)translator->format(key, {{"name", "Ada"}, {"seconds", "3"}, {"count", "12"}});
    }
    (void)translator->tr("no.such.key");
  }
  return 0;
}
