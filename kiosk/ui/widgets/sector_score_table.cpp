#include "kiosk/ui/widgets/sector_score_table.h"

#include <cmath>
#include <string>

#include "kiosk/assessment/anonymous_result.h"
#include "kiosk/assessment/content.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"

namespace kiosk::ui {
namespace {

std::string sectorName(const UiContext& ctx, const std::string& id) {
  if (id.empty()) return ctx.tr("assessment_stats.no_sector");
  if (const auto& content = ctx.state.assessment.content) {
    if (const assessment::Question* q = content->question(assessment::kSectorQuestion)) {
      if (const assessment::Option* o = q->option(id)) return assessment::localized(o->text, ctx.state.i18n.language());
    }
  }
  return id;
}

// Low scores amber, high scores the assessment's teal.
ImU32 scoreColor(double score) { return score < 40 ? theme::kHighlight : score < 65 ? theme::kLibrary : theme::kAssessment; }

}  // namespace

void sectorScoreTable(const UiContext& ctx, ImVec2 pos, ImVec2 size) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float pad = ctx.px(24);
  drawCard(list, pos, ImVec2(pos.x + size.x, pos.y + size.y), theme::kSurface, ctx.px(theme::kRadius), ctx.px(4));
  drawText(list, ctx.fonts.bodyBold, ImVec2(pos.x + pad, pos.y + pad * 0.7f), theme::kBrand,
           ctx.tr("staff.dashboard.scores_by_sector"));
  const auto& stats = ctx.state.assessment.stats;
  const auto& content = ctx.state.assessment.content;
  float y = pos.y + pad + ctx.px(56);
  if (!content || stats.sectors.empty()) {
    drawText(list, ctx.fonts.body, ImVec2(pos.x + pad, y), theme::kTextMuted, ctx.tr("staff.dashboard.no_scores"));
    return;
  }
  const float nameWidth = ctx.px(300);
  const float countWidth = ctx.px(60);
  const float left = pos.x + pad + nameWidth + countWidth;
  const float column = (pos.x + size.x - pad - left) / static_cast<float>(content->dimensions.size());
  const std::string& lang = ctx.state.i18n.language();
  for (std::size_t i = 0; i < content->dimensions.size(); ++i) {
    const std::string& title = assessment::localized(content->dimensions[i].shortTitle, lang);
    drawText(list, ctx.fonts.small, ImVec2(left + column * static_cast<float>(i), y), theme::kTextMuted, title.c_str(),
             column - ctx.px(6));
  }
  y += ctx.px(40);
  const float row = ctx.px(46);
  for (const core::SectorAverage& sector : stats.sectors) {
    if (y + row > pos.y + size.y - pad * 0.5f) break;
    list->AddLine(ImVec2(pos.x + pad, y - ctx.px(4)), ImVec2(pos.x + size.x - pad, y - ctx.px(4)), theme::kDivider);
    std::string name = sectorName(ctx, sector.sector);
    // One line per sector: a long name is cut at its column rather than wrapped into the next row.
    ImGui::PushClipRect(ImVec2(pos.x + pad, y), ImVec2(pos.x + pad + nameWidth - ctx.px(12), y + row), true);
    drawText(list, ctx.fonts.small, ImVec2(pos.x + pad, y + ctx.px(8)), theme::kText, name.c_str());
    ImGui::PopClipRect();
    const std::string count = std::to_string(sector.results);
    drawText(list, ctx.fonts.small, ImVec2(pos.x + pad + nameWidth, y + ctx.px(8)), theme::kTextMuted, count.c_str());
    for (std::size_t i = 0; i < content->dimensions.size(); ++i) {
      const float x = left + column * static_cast<float>(i);
      for (const auto& [dimension, score] : sector.dimensions) {
        if (dimension != content->dimensions[i].id) continue;
        const float barMax = column - ctx.px(16);
        const float barY = y + ctx.px(30);
        list->AddRectFilled(ImVec2(x, barY), ImVec2(x + barMax, barY + ctx.px(8)), theme::kDivider, ctx.px(4));
        list->AddRectFilled(ImVec2(x, barY), ImVec2(x + barMax * static_cast<float>(score / 100.0), barY + ctx.px(8)),
                            scoreColor(score), ctx.px(4));
        const std::string value = std::to_string(static_cast<int>(std::lround(score)));
        drawText(list, ctx.fonts.small, ImVec2(x, y), theme::kText, value.c_str());
      }
    }
    y += row;
  }
}

}  // namespace kiosk::ui
