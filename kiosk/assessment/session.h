// Session: one visitor going through the questionnaire, for the screens. It asks the shown
// questions in order (skip logic applied to the answers so far), records answers, goes back
// (answers are kept, so the screen can show the earlier choice), and estimates what is left.
#pragma once

#include <cstddef>
#include <string>

#include <tl/expected.hpp>

#include "kiosk/assessment/answer.h"
#include "kiosk/assessment/content.h"
#include "kiosk/assessment/scoring.h"

namespace kiosk::assessment {

struct Progress {
  int number = 0;       // 1-based position of the current question among the shown ones
  int total = 0;        // questions asked so far + those still to come (undecided ones included)
  double fraction = 0;  // questions done / total, 1 when finished
  int minutesLeft = 0;  // rounded up, from the `seconds` of the questions still to come
};

class Session {
 public:
  // `content` must outlive the session.
  explicit Session(const Content& content);

  // The question to show; nullptr once finished.
  [[nodiscard]] const Question* current() const;
  [[nodiscard]] bool finished() const { return current() == nullptr; }
  // The answer already given to the current question (after back()), to pre-select it.
  [[nodiscard]] const Answer* currentAnswer() const;

  // Records the answer to the current question and moves to the next shown one.
  // An answer that does not fit the question (see checkAnswer) is refused and nothing changes.
  tl::expected<void, std::string> answer(Answer answer);
  // Back to the previous shown question (from the end: to the last one). False at the first.
  bool back();
  [[nodiscard]] bool canGoBack() const;
  // Forgets everything: for the idle reset and "start again".
  void restart();

  [[nodiscard]] Progress progress() const;
  // The answers of the shown questions (answers to questions hidden by a later change are kept
  // in case they come back, but are not part of this sheet).
  [[nodiscard]] AnswerSheet answers() const;
  [[nodiscard]] Result result() const;
  [[nodiscard]] const Content& content() const { return m_content; }

 private:
  [[nodiscard]] bool shown(std::size_t index) const;
  [[nodiscard]] std::size_t nextShownFrom(std::size_t index) const;

  const Content& m_content;
  AnswerSheet m_answers;
  std::size_t m_index = 0;  // into m_content.questions; == size() when finished
};

}  // namespace kiosk::assessment
