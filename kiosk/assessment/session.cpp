#include "kiosk/assessment/session.h"

#include "kiosk/assessment/skip_logic.h"

namespace kiosk::assessment {

Session::Session(const Content& content) : m_content(content) { restart(); }

void Session::restart() {
  m_answers.clear();
  m_index = nextShownFrom(0);
}

bool Session::shown(std::size_t index) const {
  return visibility(m_content, m_content.questions[index], m_answers) == Visibility::Shown;
}

std::size_t Session::nextShownFrom(std::size_t index) const {
  while (index < m_content.questions.size() && !shown(index)) ++index;
  return index;
}

const Question* Session::current() const {
  return m_index < m_content.questions.size() ? &m_content.questions[m_index] : nullptr;
}

const Answer* Session::currentAnswer() const {
  const Question* question = current();
  if (!question) return nullptr;
  const auto it = m_answers.find(question->id);
  return it == m_answers.end() ? nullptr : &it->second;
}

tl::expected<void, std::string> Session::answer(Answer given) {
  const Question* question = current();
  if (!question) return tl::unexpected(std::string("the questionnaire is finished"));
  if (auto ok = checkAnswer(*question, given); !ok) return tl::unexpected(question->id + ": " + ok.error());
  m_answers[question->id] = std::move(given);
  m_index = nextShownFrom(m_index + 1);
  return {};
}

bool Session::canGoBack() const {
  for (std::size_t i = m_index; i-- > 0;) {
    if (shown(i)) return true;
  }
  return false;
}

bool Session::back() {
  for (std::size_t i = m_index; i-- > 0;) {
    if (shown(i)) {
      m_index = i;
      return true;
    }
  }
  return false;
}

Progress Session::progress() const {
  Progress progress;
  int done = 0;
  int seconds = 0;
  int toCome = 0;
  for (std::size_t i = 0; i < m_content.questions.size(); ++i) {
    const Question& question = m_content.questions[i];
    const Visibility v = visibility(m_content, question, m_answers);
    if (v == Visibility::Hidden) continue;
    if (i < m_index) {
      ++done;
    } else {
      ++toCome;
      seconds += question.seconds;
    }
  }
  progress.total = done + toCome;
  progress.number = finished() ? progress.total : done + 1;
  progress.fraction = progress.total == 0 ? 1.0 : static_cast<double>(done) / progress.total;
  progress.minutesLeft = (seconds + 59) / 60;
  return progress;
}

AnswerSheet Session::answers() const {
  AnswerSheet sheet;
  for (const Question& question : m_content.questions) {
    const auto it = m_answers.find(question.id);
    if (it != m_answers.end() && visibility(m_content, question, m_answers) == Visibility::Shown) sheet.insert(*it);
  }
  return sheet;
}

Result Session::result() const { return score(m_content, answers()); }

}  // namespace kiosk::assessment
