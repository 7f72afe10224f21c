#include "kiosk/ui/screens/assessment_results_screen.h"

#include <algorithm>
#include <cmath>
#include <string>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "kiosk/assessment/json_io.h"
#include "kiosk/ui/icons.h"
#include "kiosk/ui/navigator.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"
#include "kiosk/ui/widgets/radar_chart.h"
#include "kiosk/ui/widgets/section_intro.h"
#include "kiosk/ui/widgets/touch_button.h"

namespace kiosk::ui {
namespace {

constexpr ImU32 kBefore = theme::kHighlight;  // an earlier result
constexpr ImU32 kSector = theme::kDemos;      // other visitors of the same sector
constexpr float kLevelHeight = 270.0f;
constexpr float kDemoButton = 64.0f;

std::string withSign(int delta) { return (delta > 0 ? "+" : "") + std::to_string(delta); }

std::optional<double> sectorScore(const core::SectorAverage& average, const std::string& dimension) {
  for (const auto& [id, score] : average.dimensions) {
    if (id == dimension) return score;
  }
  return std::nullopt;
}

// Wrapped text cut to `maxLines` whole lines, the last one ending in "…" when text is left over.
void drawClampedText(ImDrawList* list, ImFont* font, ImVec2 pos, ImU32 color, const std::string& text, float wrap,
                     int maxLines) {
  const char* start = text.c_str();
  const char* end = start + text.size();
  for (int line = 0; line < maxLines && start < end; ++line) {
    const char* lineEnd = font->CalcWordWrapPositionA(1.0f, start, end, wrap);
    if (lineEnd == start) lineEnd = start + 1;
    std::string shown(start, lineEnd);
    while (!shown.empty() && shown.back() == ' ') shown.pop_back();
    if (line == maxLines - 1 && lineEnd < end) shown += "\xe2\x80\xa6";
    drawText(list, font, ImVec2(pos.x, pos.y + font->FontSize * static_cast<float>(line)), color, shown.c_str());
    start = lineEnd;
    while (start < end && *start == ' ') ++start;
  }
}

// A white card with a heading, the frame of each block of this screen.
void card(const UiContext& ctx, ImVec2 min, ImVec2 max) {
  drawCard(ImGui::GetWindowDrawList(), min, max, theme::kSurface, ctx.px(theme::kRadius), ctx.px(3));
}

}  // namespace

void AssessmentResultsScreen::onSessionEnded() {
  m_flow->wipe();
  m_view.reset();
  m_qr.reset();
  m_revision = -1;
}

bool AssessmentResultsScreen::refresh(UiContext& ctx) {
  core::AssessmentDesk& desk = ctx.state.assessment;
  if (!m_flow->result() && !m_flow->showSample(desk)) return false;
  const std::string& lang = ctx.state.i18n.language();
  const std::string& compared = m_flow->earlierCode();
  if (m_view && m_revision == m_flow->revision() && m_language == lang && m_compared == compared) return true;
  m_view = assessment::makeResultView(*m_flow->content(), *m_flow->result(), lang, desk.chamberUrl);
  m_revision = m_flow->revision();
  m_language = lang;
  m_compared = compared;
  if (auto qr = encodeQr(m_view->qrText)) {
    m_qr = std::move(*qr);
  } else {
    m_qr.reset();
    spdlog::error("assessment: QR code: {}", qr.error());
  }
  if (desk.reportShown) {
    // Test runs only: what is on screen now, with the answers it came from (tests/assessment).
    nlohmann::ordered_json shown;
    shown["answers"] = nlohmann::ordered_json::parse(assessment::answersToJson(*m_flow->content(), m_flow->answers(), lang));
    shown["shown"] = nlohmann::ordered_json::parse(assessment::resultViewToJson(*m_view));
    if (const auto& comparison = m_flow->comparison()) {
      nlohmann::ordered_json before = nlohmann::ordered_json::array();
      for (const auto& change : comparison->dimensions) before.push_back(change.before ? nlohmann::ordered_json(*change.before) : nullptr);
      shown["comparison"] = {{"code", m_flow->earlierCode()}, {"before", before}};
    }
    desk.reportShown(shown.dump(2));
  }
  return true;
}

void AssessmentResultsScreen::draw(UiContext& ctx) {
  if (!refresh(ctx)) {
    // Nothing to show (opened directly, no result and no sample): say so, offer the way in.
    sectionIntro(ctx, icons::kGauge, theme::kAssessment, ctx.tr("assessment.title"), ctx.tr("assessment_code.no_result"));
    const ImVec2 button(ctx.px(560), ctx.px(theme::kButtonHeight));
    if (touchButton(ctx, "##to-intro", ImVec2(ctx.size.x - ctx.px(theme::kMargin) - button.x,
                                              ctx.size.y - ctx.px(40) - button.y),
                    button, primaryLook(ctx, theme::kAssessment), ctx.tr("assessment_intro.start"), icons::kChevronRight)) {
      ctx.nav.replace(ScreenId::Assessment);
    }
    return;
  }
  const float margin = ctx.px(48);
  const float top = ctx.px(theme::kHeaderHeight) + ctx.px(24);
  const float bottom = ctx.size.y - ctx.px(28);
  const float gap = ctx.px(24);
  const float left = ctx.px(520);
  const float right = ctx.px(450);
  const float middle = ctx.size.x - margin * 2 - left - right - gap * 2;

  drawLevel(ctx, ImVec2(margin, top), left);
  const float barsTop = top + ctx.px(kLevelHeight) + gap;
  const float barsBottom = barsTop + drawBars(ctx, ImVec2(margin, barsTop), left);
  drawTakeHome(ctx, ImVec2(margin, barsBottom + gap), ImVec2(left, bottom - barsBottom - gap));
  drawRadar(ctx, ImVec2(margin + left + gap, top), ImVec2(middle, bottom - top));
  drawRecommendations(ctx, ImVec2(ctx.size.x - margin - right, top), ImVec2(right, bottom - top));
}

void AssessmentResultsScreen::drawLevel(UiContext& ctx, ImVec2 pos, float width) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float height = ctx.px(kLevelHeight);
  const float pad = ctx.px(28);
  card(ctx, pos, ImVec2(pos.x + width, pos.y + height));
  list->AddRectFilled(pos, ImVec2(pos.x + ctx.px(12), pos.y + height), theme::kAssessment, ctx.px(theme::kRadius),
                      ImDrawFlags_RoundCornersLeft);
  const assessment::ResultView& view = *m_view;
  drawText(list, ctx.fonts.body, ImVec2(pos.x + pad, pos.y + pad), theme::kTextMuted, ctx.tr("assessment_results.your_level"));
  const std::string overall = view.overall ? std::to_string(*view.overall) : view.notAvailable;
  drawText(list, ctx.fonts.title, ImVec2(pos.x + pad, pos.y + pad + ctx.px(38)), theme::kText, view.levelTitle.c_str(),
           width - pad * 2);
  // The overall score on the right, with the change since the earlier result when there is one.
  const std::string score = overall + "/100";
  const ImVec2 scoreSize = textSize(ctx.fonts.heading, score.c_str());
  drawText(list, ctx.fonts.heading, ImVec2(pos.x + width - pad - scoreSize.x, pos.y + pad), theme::kAssessment, score.c_str());
  if (const auto& comparison = m_flow->comparison(); comparison && comparison->delta()) {
    const std::string delta = ctx.state.i18n.format("assessment_results.since_before", {{"delta", withSign(*comparison->delta())}});
    const ImVec2 deltaSize = textSize(ctx.fonts.small, delta.c_str());
    drawText(list, ctx.fonts.small, ImVec2(pos.x + width - pad - deltaSize.x, pos.y + pad + scoreSize.y), theme::shade(kBefore, 0.7f),
             delta.c_str());
  }
  const float titleHeight = textSize(ctx.fonts.title, view.levelTitle.c_str(), width - pad * 2).y;
  drawText(list, ctx.fonts.body, ImVec2(pos.x + pad, pos.y + pad + ctx.px(44) + titleHeight), theme::kText,
           view.levelSentence.c_str(), width - pad * 2);
}

float AssessmentResultsScreen::drawBars(UiContext& ctx, ImVec2 pos, float width) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const assessment::ResultView& view = *m_view;
  const auto& average = m_flow->sectorAverage();
  const auto& comparison = m_flow->comparison();
  const float row = ctx.px(56);
  const float barHeight = ctx.px(16);
  for (std::size_t d = 0; d < view.dimensions.size(); ++d) {
    const assessment::DimensionView& dim = view.dimensions[d];
    const float y = pos.y + row * static_cast<float>(d);
    drawText(list, ctx.fonts.body, ImVec2(pos.x, y), theme::kText, dim.title.c_str());
    std::string value = dim.score ? std::to_string(*dim.score) : view.notAvailable;
    if (comparison && d < comparison->dimensions.size()) {
      if (const auto delta = comparison->dimensions[d].delta()) value += " (" + withSign(*delta) + ")";
    }
    const ImVec2 valueSize = textSize(ctx.fonts.bodyBold, value.c_str());
    drawText(list, ctx.fonts.bodyBold, ImVec2(pos.x + width - valueSize.x, y), theme::kText, value.c_str());
    const float barY = y + ctx.px(38);
    list->AddRectFilled(ImVec2(pos.x, barY), ImVec2(pos.x + width, barY + barHeight), theme::kDivider, barHeight * 0.5f);
    const float filled = width * static_cast<float>(dim.score.value_or(0)) / 100.0f;
    // The bar's colour is the dimension's band: weak, developing, strength.
    const ImU32 color = dim.band == "weak" ? theme::kDanger : dim.band == "strength" ? theme::kSuccess : theme::kHighlight;
    if (filled >= barHeight) list->AddRectFilled(ImVec2(pos.x, barY), ImVec2(pos.x + filled, barY + barHeight), color, barHeight * 0.5f);
    if (average) {
      if (const auto mean = sectorScore(*average, dim.id)) {
        const float x = pos.x + width * static_cast<float>(std::clamp(*mean, 0.0, 100.0)) / 100.0f;
        list->AddRectFilled(ImVec2(x - ctx.px(3), barY - ctx.px(7)), ImVec2(x + ctx.px(3), barY + barHeight + ctx.px(7)),
                            kSector, ctx.px(2));
      }
    }
  }
  return row * static_cast<float>(view.dimensions.size());
}

void AssessmentResultsScreen::drawTakeHome(UiContext& ctx, ImVec2 pos, ImVec2 size) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  card(ctx, pos, ImVec2(pos.x + size.x, pos.y + size.y));
  const float pad = ctx.px(20);
  const float side = size.y - pad * 2;
  if (m_qr) drawQr(list, ImVec2(pos.x + pad, pos.y + pad), side, *m_qr);
  const float textX = pos.x + pad * 2 + side;
  const float wrap = pos.x + size.x - pad - textX;
  float y = pos.y + pad;
  drawText(list, ctx.fonts.bodyBold, ImVec2(textX, y), theme::kText, ctx.tr("assessment_results.take_home"));
  y += ctx.px(42);
  drawText(list, ctx.fonts.small, ImVec2(textX, y), theme::kTextMuted, ctx.tr("assessment_results.qr_hint"), wrap);
  y += textSize(ctx.fonts.small, ctx.tr("assessment_results.qr_hint"), wrap).y + ctx.px(12);
  drawText(list, ctx.fonts.small, ImVec2(textX, y), theme::kTextMuted, ctx.tr("assessment_results.return_code"));
  y += ctx.px(28);
  drawText(list, ctx.fonts.heading, ImVec2(textX, y), theme::kBrand, m_view->returnCode.c_str());
}

void AssessmentResultsScreen::drawRadar(UiContext& ctx, ImVec2 pos, ImVec2 size) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const assessment::ResultView& view = *m_view;
  const auto& comparison = m_flow->comparison();
  const auto& average = m_flow->sectorAverage();

  std::vector<RadarAxis> axes;
  RadarSeries now{{}, theme::kAssessment, true, false};
  RadarSeries before{{}, kBefore, false, false};
  RadarSeries sector{{}, kSector, false, true};
  for (std::size_t d = 0; d < view.dimensions.size(); ++d) {
    const assessment::DimensionView& dim = view.dimensions[d];
    std::string value = dim.score ? std::to_string(*dim.score) : view.notAvailable;
    now.values.push_back(dim.score);
    if (comparison && d < comparison->dimensions.size()) {
      const auto& change = comparison->dimensions[d];
      before.values.push_back(change.before);
      // "36 » 52": before and now side by side at the axis (» is in the fonts' Latin-1 range, → is not).
      value = (change.before ? std::to_string(*change.before) : view.notAvailable) + " \xc2\xbb " + value;
    }
    if (average) {
      const auto mean = sectorScore(*average, dim.id);
      sector.values.push_back(mean ? std::optional<int>(assessment::rounded(*mean)) : std::nullopt);
    }
    axes.push_back({dim.shortTitle, value});
  }
  std::vector<RadarSeries> series;
  if (average) series.push_back(sector);
  if (comparison) series.push_back(before);
  series.push_back(now);

  // The legend and the compare button take the bottom; the chart is centred above them.
  const float legendHeight = ctx.px(56);
  const float buttonHeight = ctx.px(theme::kButtonHeight);
  const float chartHeight = size.y - legendHeight - buttonHeight - ctx.px(24);
  // Room outside the ring for the labels: about 180 px at the sides, 80 at top and bottom.
  const float radius = std::min(size.x * 0.5f - ctx.px(180), chartHeight * 0.5f - ctx.px(80));
  drawRadarChart(ctx, ImVec2(pos.x + size.x * 0.5f, pos.y + chartHeight * 0.5f + ctx.px(10)), radius, axes, series);

  // Legend: one swatch per series drawn.
  struct Entry {
    ImU32 color;
    std::string label;
  };
  std::vector<Entry> legend{{theme::kAssessment, ctx.tr("assessment_results.legend_now")}};
  if (comparison) {
    legend.push_back({kBefore, ctx.state.i18n.format("assessment_results.legend_before", {{"code", m_flow->earlierCode()}})});
  }
  if (average) {
    legend.push_back({kSector, ctx.state.i18n.format("assessment_results.legend_sector",
                                                     {{"count", std::to_string(average->results)}})});
  }
  float width = 0;
  for (const Entry& e : legend) width += ctx.px(44) + textSize(ctx.fonts.small, e.label.c_str()).x + ctx.px(28);
  float x = pos.x + (size.x - width) * 0.5f;
  const float y = pos.y + chartHeight + ctx.px(8);
  for (const Entry& e : legend) {
    list->AddRectFilled(ImVec2(x, y + ctx.px(8)), ImVec2(x + ctx.px(32), y + ctx.px(22)), e.color, ctx.px(4));
    drawText(list, ctx.fonts.small, ImVec2(x + ctx.px(44), y), theme::kText, e.label.c_str());
    x += ctx.px(44) + textSize(ctx.fonts.small, e.label.c_str()).x + ctx.px(28);
  }

  // Re-assessment: type the code of an earlier result to see both on the chart.
  const ImVec2 button(std::min(size.x, ctx.px(640)), buttonHeight);
  const ImVec2 at(pos.x + (size.x - button.x) * 0.5f, pos.y + size.y - button.y);
  if (touchButton(ctx, "##compare", at, button, secondaryLook(ctx),
                  ctx.tr(comparison ? "assessment_results.compare_other" : "assessment_results.compare"), icons::kClock)) {
    ctx.nav.go(ScreenId::AssessmentCode);
  }
}

void AssessmentResultsScreen::drawRecommendations(UiContext& ctx, ImVec2 pos, ImVec2 size) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  drawText(list, ctx.fonts.heading, pos, theme::kText, ctx.tr("assessment_results.advice"));
  const float gap = ctx.px(16);
  const float contactHeight = ctx.px(176);
  float y = pos.y + ctx.px(52);
  const float cardsBottom = pos.y + size.y - contactHeight - gap;
  const auto count = static_cast<float>(std::max<std::size_t>(m_view->cards.size(), 1));
  const float cardHeight = (cardsBottom - y - gap * (count - 1)) / count;
  const float pad = ctx.px(22);
  for (std::size_t i = 0; i < m_view->cards.size(); ++i) {
    const assessment::RecommendationView& rec = m_view->cards[i];
    const ImVec2 min(pos.x, y);
    const ImVec2 max(pos.x + size.x, y + cardHeight);
    card(ctx, min, max);
    const float textX = min.x + pad + ctx.px(54);
    const float wrap = max.x - pad - textX;
    float ty = y + pad;
    const std::string number = std::to_string(i + 1);
    drawIconBadge(list, ctx.fonts.bodyBold, ctx.fonts.bodyBold->FontSize, ImVec2(min.x + pad + ctx.px(20), ty + ctx.px(20)),
                  ctx.px(20), theme::kAssessment, theme::kTextOnDark, number.c_str());
    drawText(list, ctx.fonts.bodyBold, ImVec2(textX, ty), theme::kText, rec.title.c_str(), wrap);
    ty += textSize(ctx.fonts.bodyBold, rec.title.c_str(), wrap).y + ctx.px(4);
    const std::string& detail = rec.areaTitle.empty() ? rec.serviceTitle : rec.areaTitle;
    if (!detail.empty()) {
      drawText(list, ctx.fonts.small, ImVec2(textX, ty), theme::shade(theme::kAssessment, 0.75f), detail.c_str(), wrap);
      ty += textSize(ctx.fonts.small, detail.c_str(), wrap).y + ctx.px(8);
    }
    // The advice itself, as far as the card has room for it (the demo button keeps its place).
    const float room = max.y - pad - (rec.demo.empty() ? 0.0f : ctx.px(kDemoButton) + ctx.px(10)) - ty;
    const int lines = static_cast<int>(std::floor(std::max(0.0f, room) / ctx.fonts.small->FontSize));
    drawClampedText(list, ctx.fonts.small, ImVec2(textX, ty), theme::kTextMuted, rec.text, wrap, lines);
    if (!rec.demo.empty()) {
      // The demo exists in this kiosk: one tap takes the visitor there (their result stays).
      const ImVec2 button(size.x - pad * 2, ctx.px(kDemoButton));
      ImGui::PushID(static_cast<int>(i));
      ButtonLook look = primaryLook(ctx, theme::kDemos);
      if (touchButton(ctx, "##demo", ImVec2(min.x + pad, max.y - pad - button.y), button, look,
                      ctx.tr("assessment_results.try_demo"), icons::kCube)) {
        ctx.nav.go(screenOfDemo(rec.demo).value_or(ScreenId::Demos));
      }
      ImGui::PopID();
    }
    y += cardHeight + gap;
  }

  // The way to a person: the lead form, with this result attached to the visit.
  const ImVec2 min(pos.x, pos.y + size.y - contactHeight);
  const ImVec2 max(pos.x + size.x, pos.y + size.y);
  drawText(list, ctx.fonts.body, ImVec2(min.x, min.y + ctx.px(4)), theme::kText, ctx.tr("assessment_results.contact_lead"),
           size.x);
  const ImVec2 button(size.x, ctx.px(theme::kButtonHeight));
  if (touchButton(ctx, "##contact", ImVec2(min.x, max.y - button.y), button, primaryLook(ctx, theme::kContact),
                  ctx.tr("assessment_results.contact"), icons::kHandshake)) {
    ctx.nav.go(ScreenId::Contact);
  }
}

}  // namespace kiosk::ui
