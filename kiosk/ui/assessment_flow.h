// AssessmentFlow: one visitor's way through the self-assessment, shared by its screens
// (introduction, questions, results, return code): the session, the finished result, the
// sector average it is compared with and an earlier result typed as a return code.
// wipe() forgets all of it when the visit ends; the completed result is handed to the
// anonymous statistics then, once, as the visitor left it (not once per "back and change").
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "kiosk/assessment/answer.h"
#include "kiosk/assessment/content.h"
#include "kiosk/assessment/scoring.h"
#include "kiosk/assessment/session.h"
#include "kiosk/assessment/take_home.h"
#include "kiosk/core/kiosk_state.h"

namespace kiosk::ui {

class AssessmentFlow {
 public:
  using Clock = std::chrono::steady_clock;

  // Starts a session on the desk's content unless one is under way. False: the section is disabled.
  bool begin(const core::AssessmentDesk& desk, Clock::time_point now);
  // Forgets the answers and starts again (the earlier result is recorded first, if any).
  void restart(const core::AssessmentDesk& desk, Clock::time_point now);

  [[nodiscard]] assessment::Session* session() { return m_session ? &*m_session : nullptr; }
  [[nodiscard]] bool inProgress() const { return m_session && !m_session->finished(); }

  // The session has no more questions: score it, attach it to the visit, snapshot the average.
  void finish(core::KioskState& state, Clock::time_point now);
  // No result yet and a sample is configured (--screen assessment-results): show the sample.
  bool showSample(const core::AssessmentDesk& desk);

  [[nodiscard]] const assessment::Result* result() const { return m_result ? &*m_result : nullptr; }
  [[nodiscard]] const assessment::Content* content() const { return m_content.get(); }
  [[nodiscard]] const assessment::AnswerSheet& answers() const { return m_answers; }
  [[nodiscard]] int revision() const { return m_revision; }  // changes with every new result
  // Other visitors of the same sector, when there are enough of them (taken when the result was made).
  [[nodiscard]] const std::optional<core::SectorAverage>& sectorAverage() const { return m_average; }

  // An earlier return code: the comparison, or why it cannot be compared.
  tl::expected<void, assessment::ReturnCodeError> compareWith(std::string_view code);
  [[nodiscard]] const std::optional<assessment::Comparison>& comparison() const { return m_comparison; }
  [[nodiscard]] const std::string& earlierCode() const { return m_earlierCode; }
  void clearComparison();

  // The visit is over: record the result (anonymously) and forget everything.
  void wipe();

 private:
  void recordPending();

  std::shared_ptr<const assessment::Content> m_content;  // before m_session: it must outlive it
  std::optional<assessment::Session> m_session;
  std::optional<assessment::Result> m_result;
  assessment::AnswerSheet m_answers;
  std::optional<core::SectorAverage> m_average;
  std::optional<assessment::Comparison> m_comparison;
  std::string m_earlierCode;
  Clock::time_point m_startedAt{};
  int m_revision = 0;
  bool m_sampleRefused = false;
  // Set by finish(): the record to hand to the statistics when the visit ends.
  std::optional<core::AnonymousResult> m_pendingRecord;
  std::function<void(core::AnonymousResult)> m_record;
};

}  // namespace kiosk::ui
