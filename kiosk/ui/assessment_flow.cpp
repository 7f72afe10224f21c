#include "kiosk/ui/assessment_flow.h"

#include <cctype>

#include <spdlog/spdlog.h>

#include "kiosk/assessment/anonymous_result.h"
#include "kiosk/assessment/json_io.h"

namespace kiosk::ui {

bool AssessmentFlow::begin(const core::AssessmentDesk& desk, Clock::time_point now) {
  if (!desk.content) return false;
  if (m_session && m_content == desk.content) return true;
  m_content = desk.content;
  m_session.emplace(*m_content);
  m_startedAt = now;
  return true;
}

void AssessmentFlow::restart(const core::AssessmentDesk& desk, Clock::time_point now) {
  wipe();
  begin(desk, now);
}

void AssessmentFlow::finish(core::KioskState& state, Clock::time_point now) {
  if (!m_session || !m_session->finished()) return;
  const core::AssessmentDesk& desk = state.assessment;
  m_answers = m_session->answers();
  m_result = m_session->result();
  ++m_revision;
  m_comparison.reset();
  m_earlierCode.clear();
  // The promoter reads the scores back from the return code (kioskctl assess code); it names no one.
  state.session.assessmentResultId = m_result->returnCode;

  // Other visitors only: the snapshot is taken before this result reaches the statistics.
  m_average.reset();
  const std::string sector = assessment::anonymousResult(*m_content, *m_result, m_answers, "", {}, {}).sector;
  if (const core::SectorAverage* average = desk.stats.sector(sector);
      average && !sector.empty() && average->results >= desk.minResultsForAverage) {
    m_average = *average;
  }
  const auto duration = std::chrono::duration_cast<std::chrono::seconds>(now - m_startedAt);
  m_pendingRecord = assessment::anonymousResult(*m_content, *m_result, m_answers, state.i18n.language(),
                                                std::chrono::system_clock::now(), duration);
  m_record = desk.record;
}

bool AssessmentFlow::showSample(const core::AssessmentDesk& desk) {
  if (m_result || m_sampleRefused || !desk.content || desk.sampleAnswersJson.empty()) return m_result.has_value();
  auto sample = assessment::parseAnswersJson(desk.sampleAnswersJson, *desk.content);
  if (!sample) {
    m_sampleRefused = true;  // said once, not on every frame
    spdlog::error("assessment: the sample answers do not fit the questionnaire: {}", sample.error().front());
    return false;
  }
  m_content = desk.content;
  m_answers = sample->answers;
  m_result = assessment::score(*m_content, m_answers);
  ++m_revision;
  return true;  // a sample is never recorded: m_pendingRecord stays empty
}

tl::expected<void, assessment::ReturnCodeError> AssessmentFlow::compareWith(std::string_view code) {
  if (!m_result || !m_content) return tl::unexpected(assessment::ReturnCodeError::Malformed);
  auto comparison = assessment::compareWithCode(*m_content, *m_result, code);
  if (!comparison) return tl::unexpected(comparison.error());
  m_comparison = std::move(*comparison);
  // Shown in the legend as printed on the take-home: "54CJR-8KDJP".
  std::string clean;
  for (const char c : code) {
    if (c != '-' && c != ' ') clean += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  m_earlierCode = clean.size() == 10 ? clean.substr(0, 5) + "-" + clean.substr(5) : clean;
  return {};
}

void AssessmentFlow::clearComparison() {
  m_comparison.reset();
  m_earlierCode.clear();
}

void AssessmentFlow::recordPending() {
  if (m_pendingRecord && m_record) m_record(std::move(*m_pendingRecord));
  m_pendingRecord.reset();
}

void AssessmentFlow::wipe() {
  recordPending();
  m_session.reset();
  m_result.reset();
  m_answers.clear();
  m_average.reset();
  m_comparison.reset();
  m_earlierCode.clear();
  m_record = nullptr;
  ++m_revision;
}

}  // namespace kiosk::ui
