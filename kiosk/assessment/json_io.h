// JSON at the edges: the answers file of `kioskctl assess score` (also what the kiosk stores
// with a result), and the result as printed by kioskctl. The format is in README.md.
//
//   { "questionnaire": "pid-kiosk-maturity", "language": "it",
//     "answers": { "sector": "retail",                        single choice (or "dont_know")
//                  "readiness_tools": ["website", "social"],   multiple choice
//                  "readiness_technologies": { "cloud": "partly", "robots": "n_a" } } }   matrix
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <tl/expected.hpp>

#include "kiosk/assessment/answer.h"
#include "kiosk/assessment/content.h"
#include "kiosk/assessment/scoring.h"

namespace kiosk::assessment {

struct AnswersFile {
  AnswerSheet answers;
  std::string language;  // as given, else the questionnaire's first language
  std::string version;   // as given (informational), may be empty
};

// Every problem, e.g. "answers.data_backup: unknown option 'weekly' (none, manual, auto, offsite, dont_know)".
[[nodiscard]] tl::expected<AnswersFile, std::vector<std::string>> parseAnswersJson(std::string_view json,
                                                                                   const Content& content);
[[nodiscard]] std::string answersToJson(const Content& content, const AnswerSheet& answers, std::string_view language);

// The result with its texts in `language`: scores unrounded to one decimal and as shown
// (whole numbers), level, recommendations with their titles, return code.
[[nodiscard]] std::string resultToJson(const Content& content, const Result& result, std::string_view language);

}  // namespace kiosk::assessment
