// A visitor's answers: one Answer per question id. The same shape is read from the answers JSON
// of `kioskctl assess score` (answers_json.h) and built by the screens through Session.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <tl/expected.hpp>

#include "kiosk/assessment/content.h"

namespace kiosk::assessment {

struct Answer {
  bool dontKnow = false;                                 // the whole question: "don't know"
  std::vector<std::string> options;                      // chosen option ids (one, or several for multi)
  std::map<std::string, std::string, std::less<>> rows;  // matrix: row id -> option id, "dont_know" or "n_a"

  [[nodiscard]] static Answer choose(std::string option);
  [[nodiscard]] static Answer chooseMany(std::vector<std::string> options);
  [[nodiscard]] static Answer unknown();
  [[nodiscard]] static Answer grid(std::map<std::string, std::string, std::less<>> rows);

  friend bool operator==(const Answer&, const Answer&) = default;
};

using AnswerSheet = std::map<std::string, Answer, std::less<>>;  // question id -> answer

// Whether `answer` fits `question`: known options, one for single-choice types, at least one for
// multi and an exclusive option alone, every matrix row answered, "don't know" only where allowed.
// The error names what is wrong, in English (for staff and logs, not for visitors).
[[nodiscard]] tl::expected<void, std::string> checkAnswer(const Question& question, const Answer& answer);

// The values an answer condition compares: the chosen options, or "dont_know", or a row's value.
[[nodiscard]] std::vector<std::string> answerValues(const Answer& answer, std::string_view row);

}  // namespace kiosk::assessment
