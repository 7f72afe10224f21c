// Recommendation rules (recommendations.toml) applied to a scored result: which rules fire, in
// which order, one card per technology area, and which live demo each card can offer.
#pragma once

#include <optional>
#include <vector>

#include "kiosk/assessment/answer.h"
#include "kiosk/assessment/content.h"
#include "kiosk/assessment/scoring.h"

namespace kiosk::assessment {

// The rule's rank when all of its conditions hold: priority x urgency, where urgency is
// 1 + (below - score) / below for the most urgent dimension condition and 1 otherwise.
// None when a condition does not hold.
[[nodiscard]] std::optional<double> ruleRank(const Content& content, const Rule& rule, const AnswerSheet& answers,
                                             const Result& scores);

// Ranked rules (rank descending, ties in file order), one per area (or per service for rules
// without an area), at most content.maxRanked; then the pinned rules that fire, in file order,
// unless their area/service is already there. `scores` needs dimensions, overall and dontKnow.
[[nodiscard]] std::vector<Recommendation> recommend(const Content& content, const AnswerSheet& answers,
                                                    const Result& scores);

}  // namespace kiosk::assessment
