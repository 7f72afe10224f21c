#include "kiosk/assessment/answer.h"

#include <algorithm>
#include <set>

namespace kiosk::assessment {
namespace {

// Every value the answer could have had, for the message.
std::string optionList(const Question& question, bool row) {
  std::string out;
  for (const Option& option : question.options) out += (out.empty() ? "" : ", ") + option.id;
  if (question.dontKnowAllowed) out += ", " + std::string(kDontKnow);
  if (row && question.notApplicableAllowed) out += ", " + std::string(kNotApplicable);
  return out;
}

tl::expected<void, std::string> checkRowValue(const Question& question, const std::string& row,
                                              const std::string& value) {
  if (value == kDontKnow && question.dontKnowAllowed) return {};
  if (value == kNotApplicable && question.notApplicableAllowed) return {};
  if (question.option(value)) return {};
  return tl::unexpected("row '" + row + "': unknown option '" + value + "' (" + optionList(question, true) + ")");
}

}  // namespace

Answer Answer::choose(std::string option) {
  Answer answer;
  answer.options.push_back(std::move(option));
  return answer;
}

Answer Answer::chooseMany(std::vector<std::string> chosen) {
  Answer answer;
  answer.options = std::move(chosen);
  return answer;
}

Answer Answer::unknown() {
  Answer answer;
  answer.dontKnow = true;
  return answer;
}

Answer Answer::grid(std::map<std::string, std::string, std::less<>> values) {
  Answer answer;
  answer.rows = std::move(values);
  return answer;
}

tl::expected<void, std::string> checkAnswer(const Question& question, const Answer& answer) {
  if (answer.dontKnow) {
    if (!question.dontKnowAllowed) return tl::unexpected(std::string("\"don't know\" is not allowed here"));
    if (!answer.options.empty() || !answer.rows.empty())
      return tl::unexpected(std::string("\"don't know\" cannot be combined with other answers"));
    return {};
  }
  if (question.type == QuestionType::Matrix) {
    if (!answer.options.empty()) return tl::unexpected(std::string("a matrix question is answered row by row"));
    for (const auto& [row, value] : answer.rows) {
      if (!question.row(row)) return tl::unexpected("unknown row '" + row + "'");
      if (auto ok = checkRowValue(question, row, value); !ok) return ok;
    }
    for (const Row& row : question.rows) {
      if (!answer.rows.contains(row.id)) return tl::unexpected("row '" + row.id + "' is not answered");
    }
    return {};
  }
  if (!answer.rows.empty()) return tl::unexpected(std::string("only matrix questions have rows"));
  if (answer.options.empty()) return tl::unexpected(std::string("no option chosen"));
  if (question.type != QuestionType::Multi && answer.options.size() != 1)
    return tl::unexpected(std::string("exactly one option is expected"));
  std::set<std::string> seen;
  for (const std::string& id : answer.options) {
    const Option* option = question.option(id);
    if (!option) return tl::unexpected("unknown option '" + id + "' (" + optionList(question, false) + ")");
    if (!seen.insert(id).second) return tl::unexpected("option '" + id + "' is chosen twice");
    if (option->exclusive && answer.options.size() > 1)
      return tl::unexpected("option '" + id + "' cannot be combined with others");
  }
  return {};
}

std::vector<std::string> answerValues(const Answer& answer, std::string_view row) {
  if (answer.dontKnow) return {std::string(kDontKnow)};
  if (row.empty()) return answer.options;
  if (const auto it = answer.rows.find(row); it != answer.rows.end()) return {it->second};
  return {};
}

}  // namespace kiosk::assessment
