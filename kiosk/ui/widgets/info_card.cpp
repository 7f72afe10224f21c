#include "kiosk/ui/widgets/info_card.h"

#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"
#include "kiosk/ui/widgets/section_intro.h"

namespace kiosk::ui {

void drawInfoCard(const UiContext& ctx, ImVec2 pos, ImVec2 size, const InfoCard& card, CardLayout layout) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const ImVec2 max(pos.x + size.x, pos.y + size.y);
  drawCard(list, pos, max, theme::kSurface, ctx.px(theme::kRadius), ctx.px(4));
  list->AddRectFilled(pos, ImVec2(pos.x + ctx.px(10), max.y), card.accent, ctx.px(theme::kRadius),
                      ImDrawFlags_RoundCornersLeft);

  const float pad = ctx.px(36);
  const float radius = ctx.px(44);
  const ImVec2 badgeCenter(pos.x + pad + radius, pos.y + pad + radius);
  const float badgePx = card.badgeFont == ctx.fonts.icon ? ctx.px(40) : card.badgeFont->FontSize;
  drawIconBadge(list, card.badgeFont, badgePx, badgeCenter, radius, theme::withAlpha(card.accent, 36),
                card.accent, card.badge);

  ImVec2 text = layout == CardLayout::Row ? ImVec2(badgeCenter.x + radius + ctx.px(32), pos.y + pad)
                                          : ImVec2(pos.x + pad, badgeCenter.y + radius + ctx.px(24));
  const float wrap = max.x - pad - text.x;
  drawText(list, ctx.fonts.heading, text, theme::kText, card.title, wrap);
  text.y += textSize(ctx.fonts.heading, card.title, wrap).y + ctx.px(10);
  drawText(list, ctx.fonts.body, text, theme::kTextMuted, card.text, wrap);
  if (card.chip) {
    text.y += textSize(ctx.fonts.body, card.text, wrap).y + ctx.px(20);
    statusChip(ctx, text, card.accent, card.chip);
  }
}

}  // namespace kiosk::ui
