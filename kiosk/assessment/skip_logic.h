// Skip logic: a question with `show_if` is asked only when an earlier question was answered a
// certain way. A question whose condition looks at a hidden question is hidden too; one whose
// condition looks at a question not answered yet is undecided (counted as "probably asked" by
// the progress estimate, never scored).
#pragma once

#include "kiosk/assessment/answer.h"
#include "kiosk/assessment/content.h"

namespace kiosk::assessment {

enum class Visibility { Shown, Hidden, Undecided };

[[nodiscard]] Visibility visibility(const Content& content, const Question& question, const AnswerSheet& answers);

// True when the condition's question is shown and its answer (or row value) is one of anyOf
// (if given) and none of noneOf.
[[nodiscard]] bool holds(const Content& content, const AnswerCondition& condition, const AnswerSheet& answers);

}  // namespace kiosk::assessment
