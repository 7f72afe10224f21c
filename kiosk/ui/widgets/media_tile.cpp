#include "kiosk/ui/widgets/media_tile.h"

#include <string>

#include "kiosk/ui/icons.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"
#include "kiosk/ui/widgets/touch_button.h"

namespace kiosk::ui {

bool mediaTile(const UiContext& ctx, const char* id, ImVec2 pos, ImVec2 size, const media::MediaItem& item) {
  bool held = false;
  const bool tapped = touchArea(id, pos, size, &held);
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float radius = ctx.px(theme::kRadius);
  const ImVec2 max(pos.x + size.x, pos.y + size.y);
  drawCard(list, pos, max, held ? theme::shade(theme::kSurface, 0.92f) : theme::kSurface, radius, ctx.px(held ? 1 : 4));

  // The picture: 16:9 across the top of the card.
  const ImVec2 pictureMax(max.x, pos.y + size.x * 9.0f / 16.0f);
  const auto thumbnail = !item.thumbnail.empty() && ctx.state.media.texture ? ctx.state.media.texture(item.thumbnail)
                                                                             : std::nullopt;
  if (thumbnail) {
    list->AddImageRounded(reinterpret_cast<ImTextureID>(thumbnail->id), pos, pictureMax, ImVec2(0, 0), ImVec2(1, 1),
                          IM_COL32_WHITE, radius, ImDrawFlags_RoundCornersTop);
  } else {
    list->AddRectFilled(pos, pictureMax, theme::shade(theme::kLibrary, 0.8f), radius, ImDrawFlags_RoundCornersTop);
  }
  if (item.kind == media::MediaKind::Video) {  // stills show themselves; a video says it plays
    const ImVec2 center((pos.x + pictureMax.x) * 0.5f, (pos.y + pictureMax.y) * 0.5f);
    drawIconBadge(list, ctx.fonts.icon, ctx.px(34), center, ctx.px(44), theme::withAlpha(theme::kBrandDeep, 170),
                  theme::kTextOnDark, icons::kPlay);
  }

  const float pad = ctx.px(20);
  const std::string& title = core::localized(item.title, ctx.state.i18n.language());
  list->PushClipRect(ImVec2(pos.x, pictureMax.y), max, true);
  drawText(list, ctx.fonts.bodyBold, ImVec2(pos.x + pad, pictureMax.y + pad * 0.7f), theme::kText, title.c_str(),
           size.x - pad * 2);
  list->PopClipRect();
  return tapped;
}

}  // namespace kiosk::ui
