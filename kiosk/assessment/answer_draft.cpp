#include "kiosk/assessment/answer_draft.h"

#include <algorithm>

namespace kiosk::assessment {

AnswerDraft::AnswerDraft(const Question& question, const Answer* earlier) : m_question(&question) {
  if (!earlier || earlier->dontKnow) return;
  for (const std::string& option : earlier->options) {
    if (question.option(option)) m_options.push_back(option);
  }
  for (const auto& [row, value] : earlier->rows) {
    if (question.row(row)) m_rows[row] = value;
  }
}

void AnswerDraft::toggle(std::string_view id) {
  if (!m_question) return;
  const Option* option = m_question->option(id);
  if (!option) return;
  if (const auto at = std::find(m_options.begin(), m_options.end(), id); at != m_options.end()) {
    m_options.erase(at);
    return;
  }
  // "None of these" and a real choice contradict each other: the latest tap wins.
  std::erase_if(m_options, [&](const std::string& other) {
    const Option* chosen = m_question->option(other);
    return option->exclusive || (chosen && chosen->exclusive);
  });
  m_options.emplace_back(id);
  // Keep the question's order, so the answer reads the same however it was tapped.
  std::vector<std::string> ordered;
  for (const Option& o : m_question->options) {
    if (std::find(m_options.begin(), m_options.end(), o.id) != m_options.end()) ordered.push_back(o.id);
  }
  m_options = std::move(ordered);
}

void AnswerDraft::setRow(std::string_view row, std::string_view value) {
  if (!m_question || !m_question->row(row)) return;
  m_rows[std::string(row)] = std::string(value);
}

bool AnswerDraft::selected(std::string_view option) const {
  return std::find(m_options.begin(), m_options.end(), option) != m_options.end();
}

std::string_view AnswerDraft::rowValue(std::string_view row) const {
  const auto at = m_rows.find(row);
  return at == m_rows.end() ? std::string_view{} : std::string_view(at->second);
}

bool AnswerDraft::complete() const {
  if (!m_question) return false;
  return checkAnswer(*m_question, answer()).has_value();
}

Answer AnswerDraft::answer() const {
  if (m_question && m_question->type == QuestionType::Matrix) return Answer::grid(m_rows);
  return Answer::chooseMany(m_options);
}

}  // namespace kiosk::assessment
