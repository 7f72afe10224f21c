// Fuzzes the assessment answers JSON reader (kiosk/assessment/json_io.*) against the shipped
// questionnaire; accepted answers are scored and written back, as kioskctl assess score does.
#include <cstdlib>

#include "kiosk/assessment/json_io.h"
#include "kiosk/assessment/loader.h"
#include "kiosk/assessment/scoring.h"
#include "tests/fuzz/fuzz_support.h"

using namespace kiosk::assessment;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Content content = [] {
    auto loaded = loadContent(std::filesystem::path(KIOSK_ASSETS_DIR) / "assessment");
    if (!loaded) std::abort();
    return std::move(*loaded);
  }();
  auto answers = parseAnswersJson(kiosk::fuzz::asText(data, size), content);
  if (!answers) {
    if (answers.error().empty()) __builtin_trap();
    return 0;
  }
  const Result result = score(content, answers->answers);
  (void)resultToJson(content, result, answers->language);
  // What we write must read back.
  const std::string again = answersToJson(content, answers->answers, answers->language);
  if (!parseAnswersJson(again, content)) __builtin_trap();
  return 0;
}
