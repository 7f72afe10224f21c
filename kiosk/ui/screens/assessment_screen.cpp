#include "kiosk/ui/screens/assessment_screen.h"

#include <string>

#include "kiosk/assessment/result_view.h"
#include "kiosk/ui/icons.h"
#include "kiosk/ui/navigator.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"
#include "kiosk/ui/widgets/info_card.h"
#include "kiosk/ui/widgets/section_intro.h"
#include "kiosk/ui/widgets/touch_button.h"

namespace kiosk::ui {

void AssessmentScreen::draw(UiContext& ctx) {
  const core::AssessmentDesk& desk = ctx.state.assessment;
  float y = sectionIntro(ctx, icons::kGauge, theme::kAssessment, ctx.tr("assessment.title"), ctx.tr("assessment.lead"));
  const float margin = ctx.px(theme::kMargin);
  y += ctx.px(8);
  float x = margin;
  if (desk.content) {
    // The promise is counted from the questionnaire, so it stays true when the content changes.
    const assessment::QuestionnaireSize size = assessment::questionnaireSize(*desk.content);
    const std::string facts[] = {
        ctx.state.i18n.format("assessment_intro.minutes", {{"minutes", std::to_string(size.minutes)}}),
        ctx.state.i18n.format("assessment_intro.questions", {{"count", std::to_string(size.scoredQuestions)}}),
        ctx.tr("assessment.fact_result")};
    for (const std::string& fact : facts) x += statusChip(ctx, ImVec2(x, y), theme::kAssessment, fact.c_str()) + ctx.px(16);
  }
  y += ctx.px(76);

  // The six dimensions of the EU Digital Maturity Assessment, three per row.
  const float gap = ctx.px(28);
  const float bottom = ctx.size.y - ctx.px(176);
  const ImVec2 card((ctx.size.x - margin * 2 - gap * 2) / 3.0f, (bottom - y - gap) * 0.5f);
  for (int i = 0; i < 6; ++i) {
    const std::string key = "assessment.dimension" + std::to_string(i + 1);
    const std::string number = std::to_string(i + 1);
    const ImVec2 pos(margin + static_cast<float>(i % 3) * (card.x + gap), y + static_cast<float>(i / 3) * (card.y + gap));
    drawInfoCard(ctx, pos, card,
                 InfoCard{number.c_str(), ctx.fonts.heading, theme::kAssessment, ctx.tr(key + ".title"),
                          ctx.tr(key + ".text")},
                 CardLayout::Row);
  }
  drawActions(ctx, ctx.size.y - ctx.px(40 + theme::kButtonHeight));
}

void AssessmentScreen::drawActions(UiContext& ctx, float y) {
  const core::AssessmentDesk& desk = ctx.state.assessment;
  const float margin = ctx.px(theme::kMargin);
  ImDrawList* list = ImGui::GetWindowDrawList();
  if (!desk.content) {
    // A broken questionnaire: say so plainly; the staff panel lists the problems.
    drawText(list, ctx.fonts.bodyBold, ImVec2(margin, y), theme::kDanger,
             (std::string(icons::kWarning) + "  " + ctx.tr("assessment_intro.unavailable_title")).c_str());
    drawText(list, ctx.fonts.body, ImVec2(margin, y + ctx.px(44)), theme::kTextMuted, ctx.tr("assessment_intro.unavailable_text"),
             ctx.size.x - margin * 2);
    return;
  }
  const ImVec2 button(ctx.px(560), ctx.px(theme::kButtonHeight));
  const ImVec2 primaryAt(ctx.size.x - margin - button.x, y);
  const bool finished = m_flow->result() != nullptr && !m_flow->inProgress();
  const char* label = ctx.tr(finished ? "assessment_intro.see_result"
                                      : m_flow->inProgress() ? "assessment_intro.resume" : "assessment_intro.start");
  if (touchButton(ctx, "##start", primaryAt, button, primaryLook(ctx, theme::kAssessment), label, icons::kChevronRight)) {
    if (finished) {
      ctx.nav.go(ScreenId::AssessmentResults);
    } else if (m_flow->begin(desk, ctx.now)) {
      ctx.nav.go(ScreenId::AssessmentQuestion);
    }
  }
  if (m_flow->inProgress() || finished) {
    if (touchButton(ctx, "##restart", ImVec2(primaryAt.x - button.x - ctx.px(24), y), button, secondaryLook(ctx),
                    ctx.tr("assessment_intro.restart"))) {
      m_flow->restart(desk, ctx.now);
      ctx.nav.go(ScreenId::AssessmentQuestion);
    }
  }
}

}  // namespace kiosk::ui
