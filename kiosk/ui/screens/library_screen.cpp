#include "kiosk/ui/screens/library_screen.h"

#include <string>
#include <vector>

#include "kiosk/media/playlist.h"
#include "kiosk/ui/icons.h"
#include "kiosk/ui/navigator.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"
#include "kiosk/ui/widgets/media_tile.h"
#include "kiosk/ui/widgets/section_intro.h"
#include "kiosk/ui/widgets/touch_button.h"

namespace kiosk::ui {
namespace {

struct Chip {
  std::string value;  // "" = all
  std::string label;
};

std::string areaTitle(const UiContext& ctx, const std::string& id) {
  for (const core::TechnologyArea& area : ctx.state.technologyAreas) {
    if (area.id == id) return core::localized(area.title, ctx.state.i18n.language());
  }
  return id;
}

std::string sectorName(const UiContext& ctx, const std::string& code) {
  for (const core::Sector& sector : ctx.state.leads.content.sectors) {
    if (sector.code == code) return core::localized(sector.name, ctx.state.i18n.language());
  }
  return code;
}

// A row of filter chips after a label, wrapping onto more lines; returns the height used.
float chipRow(const UiContext& ctx, const char* id, ImVec2 pos, float width, const char* label,
              const std::vector<Chip>& chips, std::string& selected) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float height = ctx.px(60);
  const float gap = ctx.px(12);
  const float labelWidth = ctx.px(150);
  drawText(list, ctx.fonts.bodyBold, ImVec2(pos.x, pos.y + (height - ctx.fonts.bodyBold->FontSize) * 0.5f),
           theme::kTextMuted, label);
  float x = pos.x + labelWidth;
  float y = pos.y;
  ImGui::PushID(id);
  for (std::size_t i = 0; i < chips.size(); ++i) {
    const bool on = chips[i].value == selected;
    ButtonLook look = on ? primaryLook(ctx, theme::kLibrary) : secondaryLook(ctx);
    look.font = ctx.fonts.small;
    const float w = textSize(ctx.fonts.small, chips[i].label.c_str()).x + ctx.px(48);
    if (x + w > pos.x + width && x > pos.x + labelWidth) {
      x = pos.x + labelWidth;
      y += height + gap;
    }
    ImGui::PushID(static_cast<int>(i));
    if (touchButton(ctx, "##chip", ImVec2(x, y), ImVec2(w, height), look, chips[i].label.c_str())) selected = chips[i].value;
    ImGui::PopID();
    x += w + gap;
  }
  ImGui::PopID();
  return y - pos.y + height;
}

}  // namespace

void LibraryScreen::onEnter(UiContext& /*ctx*/) { m_list.resetToTop(); }

float LibraryScreen::drawFilters(UiContext& ctx, float top) {
  const media::Catalog& catalog = *ctx.state.media.catalog;
  const float margin = ctx.px(theme::kMargin);
  const float width = ctx.size.x - margin * 2;
  std::vector<Chip> areas{{"", ctx.tr("media_library.all")}};
  for (const std::string& id : media::usedAreas(catalog)) areas.push_back({id, areaTitle(ctx, id)});
  std::vector<Chip> sectors{{"", ctx.tr("media_library.all")}};
  for (const std::string& code : media::usedSectors(catalog)) sectors.push_back({code, sectorName(ctx, code)});
  const std::string before = m_selection->area + "|" + m_selection->sector;
  top += chipRow(ctx, "##areas", ImVec2(margin, top), width, ctx.tr("media_library.area"), areas, m_selection->area);
  top += ctx.px(14);
  top += chipRow(ctx, "##sectors", ImVec2(margin, top), width, ctx.tr("media_library.sector"), sectors,
                 m_selection->sector);
  if (before != m_selection->area + "|" + m_selection->sector) m_list.resetToTop();
  return top + ctx.px(20);
}

void LibraryScreen::draw(UiContext& ctx) {
  float top = sectionIntro(ctx, icons::kPlayCircle, theme::kLibrary, ctx.tr("library.title"), ctx.tr("media_library.lead"));
  const float margin = ctx.px(theme::kMargin);
  ImDrawList* list = ImGui::GetWindowDrawList();
  const auto& catalog = ctx.state.media.catalog;
  if (!catalog || catalog->items.empty()) {
    const char* key = ctx.state.media.loading ? "media_library.loading" : "library.unavailable";
    drawText(list, ctx.fonts.body, ImVec2(margin, top), theme::kTextMuted, ctx.tr(key));
    return;
  }
  top = drawFilters(ctx, top - ctx.px(12));
  const auto items = media::libraryItems(*catalog, m_selection->area, m_selection->sector);
  if (items.empty()) {
    drawText(list, ctx.fonts.body, ImVec2(margin, top + ctx.px(20)), theme::kTextMuted, ctx.tr("media_library.none"));
    return;
  }

  // Three columns of tiles; extra room at the edges so the card shadows are not clipped.
  const ImVec2 viewPos(margin - ctx.px(16), top);
  const ImVec2 viewSize(ctx.size.x - margin * 2 + ctx.px(32), ctx.size.y - viewPos.y - ctx.px(8));
  const float gap = ctx.px(32);
  const int columns = 3;
  const float tileWidth = (viewSize.x - ctx.px(32) - gap * (columns - 1)) / columns;
  const ImVec2 tile(tileWidth, tileWidth * 9.0f / 16.0f + ctx.px(96));
  m_list.begin(ctx, "##media", viewPos, viewSize);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  for (std::size_t i = 0; i < items.size(); ++i) {
    const ImVec2 pos(origin.x + ctx.px(16) + static_cast<float>(i % columns) * (tile.x + gap),
                     origin.y + ctx.px(16) + static_cast<float>(i / columns) * (tile.y + gap));
    ImGui::PushID(static_cast<int>(i));
    if (mediaTile(ctx, "##tile", pos, tile, *items[i])) {
      m_selection->itemId = items[i]->id;
      ctx.nav.go(ScreenId::LibraryPlayer);
    }
    ImGui::PopID();
  }
  const std::size_t rows = (items.size() + columns - 1) / columns;
  m_list.end(ctx.px(32) + static_cast<float>(rows) * (tile.y + gap));
}

}  // namespace kiosk::ui
