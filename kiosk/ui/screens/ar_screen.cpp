#include "kiosk/ui/screens/ar_screen.h"

#include <algorithm>
#include <string>

#include "kiosk/core/technology_areas.h"
#include "kiosk/ui/icons.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"

namespace kiosk::ui {
namespace {

// The card whose marker is nearest the camera: the one the visitor is showing.
const core::ArMarkerPose* shownMarker(const core::ArFrame& frame) {
  const core::ArMarkerPose* best = nullptr;
  for (const auto& m : frame.markers)
    if (!best || m.tvec[2] < best->tvec[2]) best = &m;
  return best;
}

const core::TechnologyArea* areaOf(const core::KioskState& state, const std::string& code) {
  for (const auto& area : state.technologyAreas)
    if (area.id == code) return &area;
  return nullptr;
}

}  // namespace

void ArScreen::onEnter(UiContext& ctx) {
  ctx.state.session.noteDemo("ar");  // recorded with a lead left in this visit
  m_desk = &ctx.state.ar;
  if (ctx.state.ar.setActive) ctx.state.ar.setActive(true);
}

void ArScreen::onLeave() {
  m_view.forget();
  if (m_desk && m_desk->setActive) m_desk->setActive(false);
}

void ArScreen::draw(UiContext& ctx) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float m = ctx.px(theme::kMargin);
  const float top = ctx.px(theme::kHeaderHeight) + ctx.px(32);
  const float radius = ctx.px(44);
  drawIconBadge(list, ctx.fonts.icon, ctx.px(40), ImVec2(m + radius, top + radius), radius, theme::kDemos,
                theme::kTextOnDark, icons::kCamera);
  const float x = m + radius * 2 + ctx.px(32);
  drawText(list, ctx.fonts.title, ImVec2(x, top - ctx.px(8)), theme::kText, ctx.tr("ar.title"));
  drawText(list, ctx.fonts.body, ImVec2(x, top + ctx.px(56)), theme::kTextMuted, ctx.tr("ar.lead"));

  const float bodyTop = top + radius * 2 + ctx.px(32);
  const float bottom = ctx.size.y - ctx.px(48);
  const float panelWidth = ctx.px(620);
  const ImVec2 viewMin(m, bodyTop);
  const ImVec2 viewMax(ctx.size.x - m - panelWidth - ctx.px(32), bottom);
  const core::ArDesk& desk = ctx.state.ar;
  if (!desk.cameraConfigured || desk.cards.empty()) {
    drawHowItWorks(ctx, viewMin, ImVec2(ctx.size.x - m, bottom), ctx.tr("ar.no_camera_title"), ctx.tr("ar.no_camera_text"));
    return;
  }
  drawCameraView(ctx, viewMin, viewMax);
  drawPanel(ctx, ImVec2(viewMax.x + ctx.px(32), bodyTop), ImVec2(ctx.size.x - m, bottom));
}

void ArScreen::drawCameraView(UiContext& ctx, ImVec2 min, ImVec2 max) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const core::ArDesk& desk = ctx.state.ar;
  list->AddRectFilled(min, max, theme::kBrandDeep, ctx.px(24));
  if (!desk.latest || !desk.latest->rgb) {
    // Starting, or the camera is away: say which.
    const char* text = desk.cameraProblem.empty() ? ctx.tr("ar.starting") : ctx.tr("ar.camera_problem");
    const ImVec2 centre((min.x + max.x) / 2, (min.y + max.y) / 2);
    drawTextCentered(list, ctx.fonts.icon, ImVec2(centre.x, centre.y - ctx.px(80)), theme::kTextOnDarkMuted, icons::kCamera);
    drawParagraphCentered(list, ctx.fonts.heading, ImVec2(min.x + ctx.px(40), centre.y), max.x - min.x - ctx.px(80),
                          theme::kTextOnDark, text);
    if (!desk.cameraProblem.empty())
      drawParagraphCentered(list, ctx.fonts.small, ImVec2(min.x + ctx.px(40), centre.y + ctx.px(70)),
                            max.x - min.x - ctx.px(80), theme::kTextOnDarkMuted, desk.cameraProblem.c_str());
    return;
  }
  const core::ArFrame& frame = *desk.latest;
  // Fit the picture, keeping its aspect.
  const float scale = std::min((max.x - min.x) / static_cast<float>(frame.width), (max.y - min.y) / static_cast<float>(frame.height));
  const ImVec2 size(static_cast<float>(frame.width) * scale, static_cast<float>(frame.height) * scale);
  const ImVec2 imageMin(min.x + (max.x - min.x - size.x) / 2, min.y + (max.y - min.y - size.y) / 2);
  const ImVec2 imageMax(imageMin.x + size.x, imageMin.y + size.y);
  m_view.draw(list, desk, frame, imageMin, imageMax);
  if (frame.markers.empty()) {
    const char* hint = ctx.tr("ar.show_card");
    const ImVec2 t = textSize(ctx.fonts.bodyBold, hint);
    const ImVec2 pos(imageMin.x + (size.x - t.x) / 2, imageMax.y - t.y - ctx.px(40));
    list->AddRectFilled(ImVec2(pos.x - ctx.px(24), pos.y - ctx.px(12)), ImVec2(pos.x + t.x + ctx.px(24), pos.y + t.y + ctx.px(12)),
                        theme::kScrim, ctx.px(16));
    drawText(list, ctx.fonts.bodyBold, pos, theme::kTextOnDark, hint);
  }
}

void ArScreen::drawPanel(UiContext& ctx, ImVec2 min, ImVec2 max) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const core::ArDesk& desk = ctx.state.ar;
  drawCard(list, min, max, theme::kSurface, ctx.px(24), ctx.px(6));
  const float pad = ctx.px(40);
  const float width = max.x - min.x - pad * 2;
  float y = min.y + pad;
  const core::ArMarkerPose* shown = desk.latest ? shownMarker(*desk.latest) : nullptr;
  const core::ArCard* card = shown ? desk.card(shown->marker) : nullptr;
  const core::TechnologyArea* area = card ? areaOf(ctx.state, card->area) : nullptr;
  const std::string& language = ctx.state.i18n.language();
  if (!card || !area) {
    drawText(list, ctx.fonts.heading, ImVec2(min.x + pad, y), theme::kText, ctx.tr("ar.panel_empty_title"), width);
    y += textSize(ctx.fonts.heading, ctx.tr("ar.panel_empty_title"), width).y + ctx.px(24);
    drawText(list, ctx.fonts.body, ImVec2(min.x + pad, y), theme::kTextMuted, ctx.tr("ar.panel_empty_text"), width);
    return;
  }
  const ImU32 accent = IM_COL32(static_cast<int>(card->colour[0] * 255), static_cast<int>(card->colour[1] * 255),
                                static_cast<int>(card->colour[2] * 255), 255);
  list->AddRectFilled(ImVec2(min.x, min.y), ImVec2(min.x + ctx.px(12), max.y), accent, ctx.px(24), ImDrawFlags_RoundCornersLeft);
  auto paragraph = [&](ImFont* font, ImU32 colour, const std::string& text, float after) {
    drawText(list, font, ImVec2(min.x + pad, y), colour, text.c_str(), width);
    y += textSize(font, text.c_str(), width).y + after;
  };
  paragraph(ctx.fonts.heading, theme::kText, core::localized(area->title, language), ctx.px(16));
  paragraph(ctx.fonts.body, theme::kTextMuted, core::localized(area->summary, language), ctx.px(32));
  paragraph(ctx.fonts.bodyBold, theme::kText, ctx.tr("ar.practice"), ctx.px(8));
  paragraph(ctx.fonts.body, theme::kText, core::localized(card->practice, language), ctx.px(32));
  paragraph(ctx.fonts.bodyBold, theme::kText, ctx.tr("ar.services"), ctx.px(8));
  paragraph(ctx.fonts.body, theme::kText, core::localized(card->services, language), 0);
}

void ArScreen::drawHowItWorks(UiContext& ctx, ImVec2 min, ImVec2 max, const char* title, const char* text) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  drawCard(list, min, max, theme::kSurface, ctx.px(24), ctx.px(6));
  const float pad = ctx.px(48);
  float y = min.y + pad;
  const float width = max.x - min.x - pad * 2;
  drawText(list, ctx.fonts.heading, ImVec2(min.x + pad, y), theme::kDanger, title, width);
  y += textSize(ctx.fonts.heading, title, width).y + ctx.px(16);
  drawText(list, ctx.fonts.body, ImVec2(min.x + pad, y), theme::kTextMuted, text, width);
  y += textSize(ctx.fonts.body, text, width).y + ctx.px(48);

  // The picture: a hand-held card with a marker → the camera → the screen with a model on the card.
  const float h = std::min(ctx.px(300), max.y - y - ctx.px(200));
  if (h < ctx.px(120)) return;
  const float step = width / 3.0f;
  const ImVec2 c1(min.x + pad + step * 0.5f, y + h / 2);
  const ImVec2 c2(min.x + pad + step * 1.5f, y + h / 2);
  const ImVec2 c3(min.x + pad + step * 2.5f, y + h / 2);
  const float s = h * 0.42f;
  // 1: the card with a marker (a few black cells on white).
  list->AddRectFilled(ImVec2(c1.x - s, c1.y - s), ImVec2(c1.x + s, c1.y + s), IM_COL32(250, 250, 250, 255), ctx.px(12));
  list->AddRect(ImVec2(c1.x - s, c1.y - s), ImVec2(c1.x + s, c1.y + s), theme::kDivider, ctx.px(12), 0, ctx.px(3));
  const float cell = s * 1.4f / 8.0f;
  const ImVec2 o(c1.x - cell * 4, c1.y - cell * 4);
  static constexpr const char* kBits[8] = {"########", "#..#.#.#", "#.##..##", "##...#.#", "#.#.##.#", "#...#..#", "##.#..##", "########"};
  for (int r = 0; r < 8; ++r)
    for (int c = 0; c < 8; ++c)
      if (kBits[r][c] == '#')
        list->AddRectFilled(ImVec2(o.x + c * cell, o.y + r * cell), ImVec2(o.x + (c + 1) * cell, o.y + (r + 1) * cell),
                            IM_COL32(20, 20, 20, 255));
  // 2: the camera.
  drawIconBadge(list, ctx.fonts.icon, ctx.px(56), c2, s * 0.8f, theme::kDemos, theme::kTextOnDark, icons::kCamera);
  // 3: the screen with a model standing on the card.
  list->AddRectFilled(ImVec2(c3.x - s * 1.2f, c3.y - s * 0.8f), ImVec2(c3.x + s * 1.2f, c3.y + s * 0.8f), theme::kBrandDeep, ctx.px(12));
  list->AddQuadFilled(ImVec2(c3.x - s * 0.6f, c3.y + s * 0.5f), ImVec2(c3.x + s * 0.6f, c3.y + s * 0.5f),
                      ImVec2(c3.x + s * 0.4f, c3.y + s * 0.15f), ImVec2(c3.x - s * 0.4f, c3.y + s * 0.15f),
                      IM_COL32(240, 240, 240, 255));
  list->AddRectFilled(ImVec2(c3.x - s * 0.2f, c3.y - s * 0.5f), ImVec2(c3.x + s * 0.2f, c3.y + s * 0.3f), theme::kHighlight, ctx.px(4));
  for (const ImVec2 from : {c1, c2}) {
    const float ax = from.x + s * 1.15f;
    const float bx = from.x + step - s * 1.35f;
    list->AddLine(ImVec2(ax, from.y), ImVec2(bx, from.y), theme::kTextMuted, ctx.px(6));
    list->AddTriangleFilled(ImVec2(bx + ctx.px(18), from.y), ImVec2(bx - ctx.px(6), from.y - ctx.px(16)),
                            ImVec2(bx - ctx.px(6), from.y + ctx.px(16)), theme::kTextMuted);
  }
  y += h + ctx.px(24);
  const char* captions[3] = {ctx.tr("ar.how_1"), ctx.tr("ar.how_2"), ctx.tr("ar.how_3")};
  for (int i = 0; i < 3; ++i)
    drawParagraphCentered(list, ctx.fonts.body, ImVec2(min.x + pad + step * static_cast<float>(i) + ctx.px(12), y), step - ctx.px(24),
                          theme::kText, captions[i]);
}

}  // namespace kiosk::ui
