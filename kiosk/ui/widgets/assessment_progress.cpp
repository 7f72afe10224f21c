#include "kiosk/ui/widgets/assessment_progress.h"

#include <algorithm>

#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"

namespace kiosk::ui {

float assessmentProgress(const UiContext& ctx, ImVec2 pos, float width, const char* section, const char* counter,
                         float fraction) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  drawText(list, ctx.fonts.heading, pos, theme::shade(theme::kAssessment, 0.8f), section);
  const ImVec2 counterSize = textSize(ctx.fonts.body, counter);
  const float lineHeight = ctx.fonts.heading->FontSize;
  drawText(list, ctx.fonts.body, ImVec2(pos.x + width - counterSize.x, pos.y + (lineHeight - counterSize.y) * 0.5f),
           theme::kTextMuted, counter);
  const float barY = pos.y + lineHeight + ctx.px(14);
  const float barHeight = ctx.px(16);
  const ImVec2 barEnd(pos.x + width, barY + barHeight);
  list->AddRectFilled(ImVec2(pos.x, barY), barEnd, theme::kDivider, barHeight * 0.5f);
  const float done = width * std::clamp(fraction, 0.0f, 1.0f);
  if (done >= barHeight) {
    list->AddRectFilled(ImVec2(pos.x, barY), ImVec2(pos.x + done, barEnd.y), theme::kAssessment, barHeight * 0.5f);
  }
  return barEnd.y - pos.y;
}

}  // namespace kiosk::ui
