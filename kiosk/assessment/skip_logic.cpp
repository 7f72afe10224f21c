#include "kiosk/assessment/skip_logic.h"

#include <algorithm>

namespace kiosk::assessment {
namespace {

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

bool matches(const AnswerCondition& condition, const Answer& answer) {
  const std::vector<std::string> values = answerValues(answer, condition.row);
  if (values.empty()) return false;
  const auto inAnyOf = [&](const std::string& value) { return contains(condition.anyOf, value); };
  const auto inNoneOf = [&](const std::string& value) { return contains(condition.noneOf, value); };
  if (!condition.anyOf.empty() && std::none_of(values.begin(), values.end(), inAnyOf)) return false;
  return std::none_of(values.begin(), values.end(), inNoneOf);
}

}  // namespace

Visibility visibility(const Content& content, const Question& question, const AnswerSheet& answers) {
  if (!question.showIf) return Visibility::Shown;
  // The loader guarantees show_if names an earlier question, so this recursion ends.
  const Question* source = content.question(question.showIf->question);
  if (!source) return Visibility::Hidden;
  const Visibility sourceVisibility = visibility(content, *source, answers);
  if (sourceVisibility == Visibility::Hidden) return Visibility::Hidden;
  const auto answer = answers.find(source->id);
  if (sourceVisibility == Visibility::Undecided || answer == answers.end()) return Visibility::Undecided;
  return matches(*question.showIf, answer->second) ? Visibility::Shown : Visibility::Hidden;
}

bool holds(const Content& content, const AnswerCondition& condition, const AnswerSheet& answers) {
  const Question* question = content.question(condition.question);
  if (!question || visibility(content, *question, answers) != Visibility::Shown) return false;
  const auto answer = answers.find(condition.question);
  return answer != answers.end() && matches(condition, answer->second);
}

}  // namespace kiosk::assessment
