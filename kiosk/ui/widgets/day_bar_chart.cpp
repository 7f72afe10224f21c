#include "kiosk/ui/widgets/day_bar_chart.h"

#include <algorithm>

#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"

namespace kiosk::ui {

void dayBarChart(const UiContext& ctx, ImVec2 pos, ImVec2 size, const char* title, const std::vector<DayValue>& days,
                 ImU32 color) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float pad = ctx.px(24);
  drawCard(list, pos, ImVec2(pos.x + size.x, pos.y + size.y), theme::kSurface, ctx.px(theme::kRadius), ctx.px(4));
  drawText(list, ctx.fonts.bodyBold, ImVec2(pos.x + pad, pos.y + pad * 0.7f), theme::kBrand, title);
  if (days.empty()) return;

  const float labelHeight = ctx.fonts.small->FontSize + ctx.px(6);
  const float top = pos.y + pad + ctx.px(64);
  const float bottom = pos.y + size.y - pad - labelHeight;
  const float left = pos.x + pad;
  const float slot = (size.x - pad * 2) / static_cast<float>(days.size());
  const float barWidth = slot * 0.64f;
  int maxValue = 1;
  for (const DayValue& d : days) maxValue = std::max(maxValue, d.value);
  list->AddLine(ImVec2(left, bottom), ImVec2(pos.x + size.x - pad, bottom), theme::kDivider, ctx.px(2));

  for (std::size_t i = 0; i < days.size(); ++i) {
    const float x = left + slot * static_cast<float>(i) + (slot - barWidth) * 0.5f;
    const float height = (bottom - top) * static_cast<float>(days[i].value) / static_cast<float>(maxValue);
    const bool last = i + 1 == days.size();  // today: full colour, earlier days lighter
    if (days[i].value > 0) {
      list->AddRectFilled(ImVec2(x, bottom - height), ImVec2(x + barWidth, bottom),
                          last ? color : theme::withAlpha(color, 150), ctx.px(4), ImDrawFlags_RoundCornersTop);
      const std::string value = std::to_string(days[i].value);
      const float w = textSize(ctx.fonts.small, value.c_str()).x;
      drawText(list, ctx.fonts.small, ImVec2(x + (barWidth - w) * 0.5f, bottom - height - ctx.fonts.small->FontSize - ctx.px(2)),
               theme::kText, value.c_str());
    }
    // "dd/mm" under today and every other day back from it, so the labels never overlap.
    if ((days.size() - 1 - i) % 2 == 0 && days[i].day.size() == 10) {
      const std::string label = days[i].day.substr(8, 2) + "/" + days[i].day.substr(5, 2);
      const float w = textSize(ctx.fonts.small, label.c_str()).x;
      drawText(list, ctx.fonts.small, ImVec2(x + (barWidth - w) * 0.5f, bottom + ctx.px(4)),
               last ? theme::kText : theme::kTextMuted, label.c_str());
    }
  }
}

}  // namespace kiosk::ui
