#include "kiosk/ui/widgets/media_staff_card.h"

#include <string>

#include "kiosk/media/playlist.h"
#include "kiosk/ui/icons.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"
#include "kiosk/ui/widgets/touch_button.h"

namespace kiosk::ui {
namespace {

constexpr std::size_t kWarningsShown = 3;

}  // namespace

float mediaStaffCard(UiContext& ctx, ImVec2 pos, float width) {
  core::MediaDesk& desk = ctx.state.media;
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float pad = ctx.px(24);
  const float inner = width - pad * 2;
  const float buttonHeight = ctx.px(64);

  std::string summary;
  if (desk.loading && !desk.catalog) {
    summary = ctx.tr("staff_media.loading");
  } else {
    const std::size_t items = desk.catalog ? desk.catalog->items.size() : 0;
    // The attract playlist as written (not "now"): the panel must read the same at any hour.
    std::size_t loop = 0, scheduled = 0;
    if (const media::Playlist* attract = desk.catalog ? desk.catalog->playlist(media::kAttractPlaylist) : nullptr) {
      for (const std::string& id : attract->items) {
        const media::MediaItem* item = desk.catalog->find(id);
        loop += item ? 1 : 0;
        scheduled += item && item->schedule ? 1 : 0;
      }
    }
    summary = ctx.state.i18n.format("staff_media.summary", {{"items", std::to_string(items)},
                                                             {"loop", std::to_string(loop)},
                                                             {"scheduled", std::to_string(scheduled)},
                                                             {"warnings", std::to_string(desk.problems.size())}});
  }
  // Height first (the card is drawn behind its content).
  float height = pad * 2 + ctx.px(56) + ctx.px(44) + buttonHeight * 2 + ctx.px(16) * 2;
  std::vector<std::string> shown(desk.problems.begin(),
                                 desk.problems.begin() + static_cast<long>(std::min(desk.problems.size(), kWarningsShown)));
  if (desk.problems.size() > kWarningsShown) {
    shown.push_back(ctx.state.i18n.format("staff_media.more", {{"count", std::to_string(desk.problems.size() - kWarningsShown)}}));
  }
  for (const std::string& line : shown) height += textSize(ctx.fonts.small, line.c_str(), inner).y + ctx.px(6);
  drawCard(list, pos, ImVec2(pos.x + width, pos.y + height), theme::kSurface, ctx.px(theme::kRadius), ctx.px(4));

  float y = pos.y + pad;
  drawText(list, ctx.fonts.heading, ImVec2(pos.x + pad, y), theme::kBrand, ctx.tr("staff_media.title"));
  y += ctx.px(56);
  drawText(list, ctx.fonts.body, ImVec2(pos.x + pad, y), desk.problems.empty() ? theme::kText : theme::kDanger,
           ((desk.problems.empty() ? std::string() : std::string(icons::kWarning) + "  ") + summary).c_str(), inner);
  y += ctx.px(44);
  for (const std::string& line : shown) {
    drawText(list, ctx.fonts.small, ImVec2(pos.x + pad, y), theme::kTextMuted, line.c_str(), inner);
    y += textSize(ctx.fonts.small, line.c_str(), inner).y + ctx.px(6);
  }

  ButtonLook look = secondaryLook(ctx);
  look.font = ctx.fonts.small;
  const char* reload = desk.loading ? ctx.tr("staff_media.reloading") : ctx.tr("staff_media.reload");
  if (touchButton(ctx, "##media-reload", ImVec2(pos.x + pad, y), ImVec2(inner, buttonHeight), look, reload,
                  nullptr, desk.reload && !desk.loading)) {
    desk.loading = true;
    desk.reload();
  }
  y += buttonHeight + ctx.px(16);

  // Sound for this run: on/off, then the volume in steps of 10.
  const float third = (inner - ctx.px(16) * 2) / 3.0f;
  const std::string volume = std::to_string(desk.volume) + " %";
  bool changed = false;
  if (touchButton(ctx, "##media-sound", ImVec2(pos.x + pad, y), ImVec2(third, buttonHeight), look,
                  desk.audio ? (std::string(ctx.tr("staff_media.sound_on")) + " · " + volume).c_str()
                             : ctx.tr("staff_media.sound_off"))) {
    desk.audio = !desk.audio;
    changed = true;
  }
  if (touchButton(ctx, "##media-quieter", ImVec2(pos.x + pad + third + ctx.px(16), y), ImVec2(third, buttonHeight), look,
                  "-", nullptr, desk.volume > 0)) {
    desk.volume = std::max(0, desk.volume - 10);
    changed = true;
  }
  if (touchButton(ctx, "##media-louder", ImVec2(pos.x + pad + (third + ctx.px(16)) * 2, y), ImVec2(third, buttonHeight),
                  look, "+", nullptr, desk.volume < 100)) {
    desk.volume = std::min(100, desk.volume + 10);
    changed = true;
  }
  if (changed && desk.audioChanged) desk.audioChanged();
  return height;
}

}  // namespace kiosk::ui
