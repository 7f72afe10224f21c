#include "kiosk/ui/widgets/assessment_stats_card.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include "kiosk/assessment/anonymous_result.h"
#include "kiosk/assessment/content.h"
#include "kiosk/ui/icons.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"

namespace kiosk::ui {
namespace {

constexpr std::size_t kMaxSectors = 8;

// The sector's name as the questionnaire words it; the id when the content has no such option.
std::string sectorName(const UiContext& ctx, const std::string& id) {
  const auto& content = ctx.state.assessment.content;
  if (id.empty()) return ctx.tr("assessment_stats.no_sector");
  if (content) {
    if (const assessment::Question* q = content->question(assessment::kSectorQuestion)) {
      if (const assessment::Option* o = q->option(id)) return assessment::localized(o->text, ctx.state.i18n.language());
    }
  }
  return id;
}

}  // namespace

float assessmentStatsCard(const UiContext& ctx, ImVec2 pos, float width) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const core::AssessmentDesk& desk = ctx.state.assessment;
  const float pad = ctx.px(32);
  const float inner = width - pad * 2;
  const float valueColumn = ctx.px(150);
  const float x = pos.x + pad;
  float y = pos.y + pad;

  // The rows wrap, so the height is known only at the end: text on channel 1, the card under it on 0.
  list->ChannelsSplit(2);
  list->ChannelsSetCurrent(1);
  drawText(list, ctx.fonts.heading, ImVec2(x, y), theme::kBrand, ctx.tr("assessment_stats.title"));
  y += ctx.px(64);
  const auto line = [&](ImFont* font, ImU32 color, const std::string& text, const std::string& value) {
    const float wrap = value.empty() ? inner : inner - valueColumn;
    drawText(list, font, ImVec2(x, y), color, text.c_str(), wrap);
    if (!value.empty()) {
      const float valueWidth = textSize(ctx.fonts.bodyBold, value.c_str()).x;
      drawText(list, ctx.fonts.bodyBold, ImVec2(x + inner - valueWidth, y), theme::kText, value.c_str());
    }
    y += std::max(textSize(font, text.c_str(), wrap).y, font->FontSize) + ctx.px(12);
  };
  if (!desk.statsOpen || !desk.statsProblem.empty()) {
    const std::string problem = desk.statsProblem.empty() ? ctx.tr("assessment_stats.store_closed") : desk.statsProblem;
    line(ctx.fonts.small, theme::kDanger, std::string(icons::kWarning) + "  " + problem, "");
  }
  line(ctx.fonts.body, theme::kTextMuted, ctx.tr("assessment_stats.total"), std::to_string(desk.stats.total));
  line(ctx.fonts.small, theme::kTextMuted,
       ctx.state.i18n.format("assessment_stats.threshold", {{"count", std::to_string(desk.minResultsForAverage)}}), "");
  if (!desk.stats.sectors.empty()) line(ctx.fonts.small, theme::kTextMuted, ctx.tr("assessment_stats.columns"), "");
  for (std::size_t i = 0; i < std::min(desk.stats.sectors.size(), kMaxSectors); ++i) {
    const core::SectorAverage& sector = desk.stats.sectors[i];
    char mean[16] = "-";
    if (sector.overall) std::snprintf(mean, sizeof mean, "%.0f", *sector.overall);
    line(ctx.fonts.body, theme::kText, sectorName(ctx, sector.sector), std::to_string(sector.results) + " · " + mean);
  }
  const float height = y - pos.y + pad - ctx.px(12);
  list->ChannelsSetCurrent(0);
  drawCard(list, pos, ImVec2(pos.x + width, pos.y + height), theme::kSurface, ctx.px(theme::kRadius), ctx.px(4));
  list->ChannelsMerge();
  return height;
}

}  // namespace kiosk::ui
