#include "kiosk/ui/screens/home_screen.h"

#include <array>
#include <string>

#include "kiosk/ui/icons.h"
#include "kiosk/ui/navigator.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"
#include "kiosk/ui/widgets/touch_button.h"

namespace kiosk::ui {
namespace {

struct Tile {
  ScreenId target;
  const char* icon;
  ImU32 accent;
  const char* key;  // i18n prefix: <key>.title, <key>.text
};

constexpr std::array<Tile, 4> kTiles{{
    {ScreenId::Assessment, icons::kGauge, theme::kAssessment, "home.assessment"},
    {ScreenId::Demos, icons::kCube, theme::kDemos, "home.demos"},
    {ScreenId::Library, icons::kPlayCircle, theme::kLibrary, "home.library"},
    {ScreenId::Contact, icons::kHandshake, theme::kContact, "home.contact"},
}};

// A section tile: a coloured card with an icon badge, a title, one line of text and an arrow.
bool sectionTile(const UiContext& ctx, const Tile& tile, ImVec2 pos, ImVec2 size) {
  bool held = false;
  const bool tapped = touchArea(tile.key, pos, size, &held);
  ImDrawList* list = ImGui::GetWindowDrawList();
  const ImVec2 max(pos.x + size.x, pos.y + size.y);
  const ImU32 fill = held ? theme::shade(tile.accent, 0.82f) : tile.accent;
  drawCard(list, pos, max, fill, ctx.px(theme::kRadius), held ? 0.0f : ctx.px(8));
  // A lighter band at the top edge gives the flat card some depth.
  list->AddRectFilledMultiColor(pos, ImVec2(max.x, pos.y + size.y * 0.5f), theme::withAlpha(theme::kSurface, 28),
                                theme::withAlpha(theme::kSurface, 28), 0, 0);

  const float pad = ctx.px(44);
  const float radius = ctx.px(56);
  const ImVec2 badge(pos.x + pad + radius, pos.y + pad + radius);
  drawIconBadge(list, ctx.fonts.icon, ctx.px(52), badge, radius, theme::withAlpha(theme::kSurface, 46),
                theme::kTextOnDark, tile.icon);
  const std::string key(tile.key);
  const char* title = ctx.tr(key + ".title");
  drawText(list, ctx.fonts.title, ImVec2(badge.x + radius + ctx.px(32), badge.y - textSize(ctx.fonts.title, title).y * 0.5f),
           theme::kTextOnDark, title);
  drawText(list, ctx.fonts.body, ImVec2(pos.x + pad, badge.y + radius + ctx.px(30)),
           theme::withAlpha(theme::kTextOnDark, 230), ctx.tr(key + ".text"), size.x - pad * 2);
  drawTextCentered(list, ctx.fonts.heading, ImVec2(max.x - pad - ctx.px(10), badge.y), theme::kTextOnDark,
                   icons::kChevronRight);
  // What the visitor commits to, at the foot of the tile.
  const char* hint = ctx.tr(key + ".hint");
  const ImVec2 hintSize = textSize(ctx.fonts.small, hint);
  const ImVec2 chipPad(ctx.px(18), ctx.px(9));
  const ImVec2 chipMin(pos.x + pad, max.y - pad - hintSize.y - chipPad.y * 2);
  list->AddRectFilled(chipMin, ImVec2(chipMin.x + hintSize.x + chipPad.x * 2, max.y - pad),
                      theme::withAlpha(theme::kBrandDeep, 60), (hintSize.y + chipPad.y * 2) * 0.5f);
  drawText(list, ctx.fonts.small, ImVec2(chipMin.x + chipPad.x, chipMin.y + chipPad.y), theme::kTextOnDark, hint);
  return tapped;
}

}  // namespace

void HomeScreen::draw(UiContext& ctx) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float margin = ctx.px(theme::kMargin);
  float y = ctx.px(theme::kHeaderHeight) + ctx.px(44);
  drawText(list, ctx.fonts.title, ImVec2(margin, y), theme::kText, ctx.tr("home.title"));
  y += ctx.px(74);
  drawText(list, ctx.fonts.body, ImVec2(margin, y), theme::kTextMuted, ctx.tr("home.subtitle"));
  y += ctx.px(72);

  const float gap = ctx.px(36);
  const float footer = ctx.px(84);
  const ImVec2 tile((ctx.size.x - margin * 2 - gap) * 0.5f, (ctx.size.y - y - footer - gap) * 0.5f);
  for (std::size_t i = 0; i < kTiles.size(); ++i) {
    const ImVec2 pos(margin + static_cast<float>(i % 2) * (tile.x + gap), y + static_cast<float>(i / 2) * (tile.y + gap));
    if (sectionTile(ctx, kTiles[i], pos, tile)) ctx.nav.go(kTiles[i].target);
  }
  drawText(list, ctx.fonts.small, ImVec2(margin, ctx.size.y - ctx.px(56)), theme::kTextMuted,
           ctx.state.config.venue.c_str());
}

}  // namespace kiosk::ui
