// Scoring: question score s in [0, 1] -> dimension score D = 100 * sum(w*s) / sum(w) over the
// shown, answered questions of the dimension -> overall = weighted mean of the dimensions that
// have a score -> level from the rounded overall. Then the recommendations and the return code.
// The rules, with a worked example, are in README.md.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/assessment/answer.h"
#include "kiosk/assessment/content.h"

namespace kiosk::assessment {

struct DimensionResult {
  std::string id;
  std::optional<double> score;  // 0-100, unrounded; none when no question of it counted
  int answered = 0;             // questions that counted
  int dontKnow = 0;             // "don't know" answers (matrix rows included)
  std::string band;             // band id of the rounded score; empty without a score
};

struct Recommendation {
  std::string rule;     // the rule's id: its title and text are content.rule(rule)->title/text
  std::string area;     // technology area letter, may be empty
  std::string service;  // PID service id, may be empty
  std::string demo;     // live demo of this kiosk ("printer", "ar", "reader"), may be empty
  bool pinned = false;  // always-listed service (after the ranked ones)
  double rank = 0;      // priority x urgency; 0 for pinned ones
};

struct Result {
  std::string questionnaire;  // content id and version the result was computed with
  std::string version;
  std::vector<DimensionResult> dimensions;  // in content order
  std::optional<double> overall;            // 0-100, unrounded; none when no dimension has a score
  std::string level;                        // level id; empty without an overall score
  int dontKnow = 0;
  std::vector<Recommendation> recommendations;  // ranked ones first, then pinned ones
  std::vector<std::string> services;            // the recommendations' services, in order, once each
  std::string returnCode;                       // "ABCDE-FGHJK", see return_code.h
  std::vector<std::string> unanswered;          // shown questions without an answer (not scored)
  std::vector<std::string> ignored;             // answers to hidden or undecided questions (not scored)

  [[nodiscard]] const DimensionResult* dimension(std::string_view id) const;
};

// The whole number a score is shown as (half rounds up); levels and bands use it too.
[[nodiscard]] int rounded(double score);

// s in [0, 1] for one answered question, or none when it does not count (a profile question,
// or a matrix whose rows are all "not relevant"). "Don't know" counts as content.dontKnowScore.
[[nodiscard]] std::optional<double> questionScore(const Content& content, const Question& question,
                                                  const Answer& answer);

// The result of a (possibly partial) answer sheet. Answers are expected to pass checkAnswer.
[[nodiscard]] Result score(const Content& content, const AnswerSheet& answers);

}  // namespace kiosk::assessment
