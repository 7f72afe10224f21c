#include "kiosk/ui/widgets/answer_grid.h"

#include <algorithm>

#include "kiosk/ui/icons.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"
#include "kiosk/ui/widgets/touch_button.h"

namespace kiosk::ui {

std::optional<std::pair<std::string, std::string>> answerGrid(const UiContext& ctx, ImVec2 pos, ImVec2 size,
                                                              const std::vector<GridColumn>& columns,
                                                              const std::vector<GridRow>& rows) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float labelWidth = std::min(ctx.px(440), size.x * 0.27f);
  const float headerHeight = ctx.px(72);
  const float gap = ctx.px(8);
  const float cellWidth = (size.x - labelWidth) / static_cast<float>(std::max<std::size_t>(columns.size(), 1));
  const float rowHeight = (size.y - headerHeight) / static_cast<float>(std::max<std::size_t>(rows.size(), 1));

  // Column headings, wrapped to the cell and centred.
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const float x = pos.x + labelWidth + cellWidth * static_cast<float>(c);
    const float textHeight = textSize(ctx.fonts.small, columns[c].label.c_str(), cellWidth - gap * 2).y;
    drawParagraphCentered(list, ctx.fonts.small, ImVec2(x + gap, pos.y + (headerHeight - textHeight) * 0.5f),
                          cellWidth - gap * 2, theme::kTextMuted, columns[c].label.c_str());
  }

  std::optional<std::pair<std::string, std::string>> tapped;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const float y = pos.y + headerHeight + rowHeight * static_cast<float>(r);
    if (r % 2 == 0) {
      list->AddRectFilled(ImVec2(pos.x, y), ImVec2(pos.x + size.x, y + rowHeight), theme::withAlpha(theme::kSurface, 200),
                          ctx.px(12));
    }
    const float wrap = labelWidth - ctx.px(24);
    const float labelHeight = textSize(ctx.fonts.body, rows[r].label.c_str(), wrap).y;
    drawText(list, ctx.fonts.body, ImVec2(pos.x + ctx.px(16), y + (rowHeight - labelHeight) * 0.5f),
             rows[r].chosen.empty() ? theme::kText : theme::shade(theme::kAssessment, 0.7f), rows[r].label.c_str(), wrap);
    for (std::size_t c = 0; c < columns.size(); ++c) {
      const ImVec2 min(pos.x + labelWidth + cellWidth * static_cast<float>(c) + gap * 0.5f, y + gap * 0.5f);
      const ImVec2 cell(cellWidth - gap, rowHeight - gap);
      const bool chosen = rows[r].chosen == columns[c].value;
      ImGui::PushID(static_cast<int>(r * 100 + c));
      bool held = false;
      if (touchArea("##cell", min, cell, &held)) tapped = std::make_pair(rows[r].id, columns[c].value);
      ImGui::PopID();
      const ImVec2 max(min.x + cell.x, min.y + cell.y);
      const float rounding = ctx.px(12);
      if (chosen) {
        list->AddRectFilled(min, max, theme::kAssessment, rounding);
        drawTextCentered(list, ctx.fonts.bodyBold, ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f),
                         theme::kTextOnDark, icons::kCheck);
      } else {
        list->AddRectFilled(min, max, held ? theme::kDivider : theme::kSurface, rounding);
        list->AddRect(min, max, theme::kDivider, rounding, 0, ctx.px(2));
        list->AddCircle(ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f), ctx.px(13), theme::kTextMuted, 24,
                        ctx.px(2.5f));
      }
    }
  }
  return tapped;
}

}  // namespace kiosk::ui
