#include "kiosk/ui/screens/assessment_code_screen.h"

#include "kiosk/ui/icons.h"
#include "kiosk/ui/navigator.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"
#include "kiosk/ui/widgets/section_intro.h"

namespace kiosk::ui {
namespace {

const char* errorKey(assessment::ReturnCodeError error) {
  switch (error) {
    case assessment::ReturnCodeError::Malformed: return "assessment_code.malformed";
    case assessment::ReturnCodeError::CheckFailed: return "assessment_code.check_failed";
    case assessment::ReturnCodeError::DifferentGeneration: return "assessment_code.other_version";
  }
  return "assessment_code.malformed";
}

}  // namespace

void AssessmentCodeScreen::onEnter(UiContext& /*ctx*/) {
  m_keypad.clear();
  m_error.clear();
}

void AssessmentCodeScreen::onSessionEnded() {
  m_flow->wipe();
  m_keypad.clear();
  m_error.clear();
}

void AssessmentCodeScreen::draw(UiContext& ctx) {
  const float top = sectionIntro(ctx, icons::kClock, theme::kAssessment, ctx.tr("assessment_code.title"),
                                 ctx.tr("assessment_code.lead"));
  const ImVec2 size = CodeKeypad::size(ctx);
  const ImVec2 pos((ctx.size.x - size.x) * 0.5f, top + ctx.px(50));
  const std::string before = m_keypad.code();
  const bool submitted = m_keypad.draw(ctx, pos);
  if (m_keypad.code() != before) m_error.clear();  // typing again hides the old message
  if (!m_error.empty()) {
    drawTextCentered(ImGui::GetWindowDrawList(), ctx.fonts.bodyBold, ImVec2(ctx.size.x * 0.5f, top + ctx.px(12)),
                     theme::kDanger, ctx.tr(m_error));
  }
  if (!submitted) return;
  if (!m_flow->result()) {
    m_error = "assessment_code.no_result";
    return;
  }
  if (auto compared = m_flow->compareWith(m_keypad.code()); !compared) {
    m_error = errorKey(compared.error());
    return;
  }
  ctx.nav.back();  // to the results, now with both results on the radar
}

}  // namespace kiosk::ui
