#include "kiosk/ui/widgets/choice_chip.h"

#include "kiosk/ui/icons.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"
#include "kiosk/ui/widgets/touch_button.h"

namespace kiosk::ui {

bool choiceChip(const UiContext& ctx, const char* id, ImVec2 pos, ImVec2 size, const char* label, bool selected,
                ChipKind kind, ImU32 accent) {
  bool held = false;
  const bool tapped = touchArea(id, pos, size, &held);
  ImDrawList* list = ImGui::GetWindowDrawList();
  const ImVec2 max(pos.x + size.x, pos.y + size.y);
  ImU32 fill = selected ? theme::withAlpha(accent, 28) : theme::kSurface;
  if (held) fill = theme::shade(fill, 0.92f);
  drawCard(list, pos, max, fill, ctx.px(14), held ? 0.0f : ctx.px(1.5f));
  list->AddRect(pos, max, selected ? accent : theme::kDivider, ctx.px(14), 0, ctx.px(selected ? 3.0f : 2.0f));

  // The mark: a filled ring for radios, a ticked box for checks.
  const float markSize = ctx.px(34);
  const ImVec2 mark(pos.x + ctx.px(20), pos.y + (size.y - markSize) * 0.5f);
  const ImVec2 markCenter(mark.x + markSize * 0.5f, mark.y + markSize * 0.5f);
  if (kind == ChipKind::Radio) {
    list->AddCircle(markCenter, markSize * 0.5f, selected ? accent : theme::kTextMuted, 32, ctx.px(3));
    if (selected) list->AddCircleFilled(markCenter, markSize * 0.28f, accent, 32);
  } else {
    const ImVec2 markMax(mark.x + markSize, mark.y + markSize);
    if (selected) {
      list->AddRectFilled(mark, markMax, accent, ctx.px(6));
      drawTextCentered(list, ctx.fonts.small, markCenter, theme::kTextOnDark, icons::kCheck);
    } else {
      list->AddRect(mark, markMax, theme::kTextMuted, ctx.px(6), 0, ctx.px(3));
    }
  }
  const float textX = mark.x + markSize + ctx.px(18);
  const float wrap = max.x - textX - ctx.px(16);
  const ImVec2 textSz = textSize(ctx.fonts.body, label, wrap);
  drawText(list, ctx.fonts.body, ImVec2(textX, pos.y + (size.y - textSz.y) * 0.5f), theme::kText, label, wrap);
  return tapped;
}

}  // namespace kiosk::ui
