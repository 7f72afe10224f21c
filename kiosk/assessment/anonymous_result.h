// The anonymous record of a completed assessment for the staff statistics (see
// core::AnonymousResult): scores, level, sector and size, the hour it was finished. Nothing a
// visitor typed and no return code, so the statistics cannot be joined with the lead store.
#pragma once

#include <chrono>

#include "kiosk/assessment/answer.h"
#include "kiosk/assessment/content.h"
#include "kiosk/assessment/scoring.h"
#include "kiosk/core/assessment_desk.h"

namespace kiosk::assessment {

// The profile questions the statistics group by. The questionnaire names its profile questions
// freely; these two ids are the ones the shipped content uses (absent: recorded as "").
inline constexpr std::string_view kSectorQuestion = "sector";
inline constexpr std::string_view kSizeQuestion = "size";

[[nodiscard]] core::AnonymousResult anonymousResult(const Content& content, const Result& result,
                                                    const AnswerSheet& answers, std::string_view language,
                                                    std::chrono::system_clock::time_point finishedAt,
                                                    std::chrono::seconds duration);

}  // namespace kiosk::assessment
