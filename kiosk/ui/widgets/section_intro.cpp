#include "kiosk/ui/widgets/section_intro.h"

#include <algorithm>

#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"

namespace kiosk::ui {

float sectionIntro(const UiContext& ctx, const char* icon, ImU32 accent, const char* title, const char* lead) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float margin = ctx.px(theme::kMargin);
  const float top = ctx.px(theme::kHeaderHeight) + ctx.px(48);
  const float radius = ctx.px(56);
  drawIconBadge(list, ctx.fonts.icon, ctx.px(52), ImVec2(margin + radius, top + radius), radius, accent,
                theme::kTextOnDark, icon);
  const float textX = margin + radius * 2 + ctx.px(36);
  const float wrap = ctx.size.x - textX - margin;
  drawText(list, ctx.fonts.title, ImVec2(textX, top - ctx.px(6)), theme::kText, title);
  drawText(list, ctx.fonts.body, ImVec2(textX, top + ctx.px(70)), theme::kTextMuted, lead, wrap);
  const float leadHeight = textSize(ctx.fonts.body, lead, wrap).y;
  return std::max(top + radius * 2, top + ctx.px(70) + leadHeight) + ctx.px(40);
}

float statusChip(const UiContext& ctx, ImVec2 pos, ImU32 color, const char* text) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const ImVec2 size = textSize(ctx.fonts.small, text);
  const ImVec2 pad(ctx.px(18), ctx.px(8));
  const ImVec2 max(pos.x + size.x + pad.x * 2, pos.y + size.y + pad.y * 2);
  list->AddRectFilled(pos, max, theme::withAlpha(color, 30), (max.y - pos.y) * 0.5f);
  drawText(list, ctx.fonts.small, ImVec2(pos.x + pad.x, pos.y + pad.y), theme::shade(color, 0.8f), text);
  return max.x - pos.x;
}

}  // namespace kiosk::ui
