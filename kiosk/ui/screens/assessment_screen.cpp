#include "kiosk/ui/screens/assessment_screen.h"

#include <string>

#include "kiosk/ui/icons.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/info_card.h"
#include "kiosk/ui/widgets/section_intro.h"

namespace kiosk::ui {

void AssessmentScreen::draw(UiContext& ctx) {
  float y = sectionIntro(ctx, icons::kGauge, theme::kAssessment, ctx.tr("assessment.title"), ctx.tr("assessment.lead"));
  const float margin = ctx.px(theme::kMargin);
  y += ctx.px(8);
  float x = margin;
  for (const char* fact : {"assessment.fact_time", "assessment.fact_questions", "assessment.fact_result"}) {
    x += statusChip(ctx, ImVec2(x, y), theme::kAssessment, ctx.tr(fact)) + ctx.px(16);
  }
  y += ctx.px(76);

  // The six dimensions of the EU Digital Maturity Assessment, three per row.
  const float gap = ctx.px(28);
  const float bottom = ctx.size.y - ctx.px(110);
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
  statusChip(ctx, ImVec2(margin, ctx.size.y - ctx.px(84)), theme::kBrand, ctx.tr("common.coming_soon"));
}

}  // namespace kiosk::ui
