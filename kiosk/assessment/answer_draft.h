// AnswerDraft: the answer a visitor is putting together on a question screen before it is
// recorded. Single-choice questions need no draft (one tap is the answer); a multiple choice
// collects ticks, where an exclusive option ("none of these") clears the others and the other
// way round, and a matrix collects one value per row. answer() gives what Session::answer takes.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/assessment/answer.h"
#include "kiosk/assessment/content.h"

namespace kiosk::assessment {

class AnswerDraft {
 public:
  AnswerDraft() = default;
  // Pre-filled from an earlier answer (after back), so the visitor sees what they chose.
  AnswerDraft(const Question& question, const Answer* earlier);

  // multi: ticks or unticks an option, keeping exclusive options alone.
  void toggle(std::string_view option);
  // matrix: an option id, kDontKnow or kNotApplicable for one row.
  void setRow(std::string_view row, std::string_view value);

  [[nodiscard]] bool selected(std::string_view option) const;
  // The row's value, or "" when not answered yet.
  [[nodiscard]] std::string_view rowValue(std::string_view row) const;
  [[nodiscard]] int rowsAnswered() const { return static_cast<int>(m_rows.size()); }
  // Whether answer() would be accepted: a tick for multi, every row for a matrix.
  [[nodiscard]] bool complete() const;
  [[nodiscard]] Answer answer() const;

 private:
  const Question* m_question = nullptr;
  std::vector<std::string> m_options;  // in the question's order
  std::map<std::string, std::string, std::less<>> m_rows;
};

}  // namespace kiosk::assessment
