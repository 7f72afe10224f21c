#include "kiosk/ui/screens/library_player_screen.h"

#include <algorithm>
#include <string>

#include "kiosk/media/playlist.h"
#include "kiosk/ui/icons.h"
#include "kiosk/ui/navigator.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"
#include "kiosk/ui/widgets/media_view.h"
#include "kiosk/ui/widgets/seek_bar.h"
#include "kiosk/ui/widgets/touch_button.h"

namespace kiosk::ui {
namespace {

constexpr float kDetailsWidth = 600.0f;

}  // namespace

const media::MediaItem* LibraryPlayerScreen::item(const UiContext& ctx) const {
  const auto& catalog = ctx.state.media.catalog;
  if (!catalog || catalog->items.empty()) return nullptr;
  if (const media::MediaItem* chosen = catalog->find(m_selection->itemId)) return chosen;
  // Opened directly (--screen library-player): the first item.
  return m_selection->itemId.empty() ? &catalog->items.front() : nullptr;
}

void LibraryPlayerScreen::onEnter(UiContext& /*ctx*/) {
  m_started = false;
  m_language.clear();
}

void LibraryPlayerScreen::onLeave() {
  if (m_player && m_started) m_player->stop();  // not on screen: not decoding, no sound
  m_started = false;
}

void LibraryPlayerScreen::startIfReady(UiContext& ctx, const media::MediaItem& chosen) {
  m_player = ctx.state.media.player;
  if (!m_player) return;
  const std::string& language = ctx.state.i18n.language();
  if (language != m_language) {
    m_player->setSubtitleLanguage(language);
    m_language = language;
  }
  if (m_started) return;
  m_catalog = ctx.state.media.catalog;
  m_player->setAudio(ctx.state.media.audio, ctx.state.media.volume);
  m_player->play(media::playEntries({&chosen}), media::PlayMode::Single);
  m_started = true;
}

void LibraryPlayerScreen::draw(UiContext& ctx) {
  const media::MediaItem* chosen = item(ctx);
  const float margin = ctx.px(48);
  const float top = ctx.px(theme::kHeaderHeight) + ctx.px(24);
  if (!chosen) {
    drawText(ImGui::GetWindowDrawList(), ctx.fonts.body, ImVec2(margin, top), theme::kTextMuted,
             ctx.tr(ctx.state.media.loading ? "media_library.loading" : "library.unavailable"));
    return;
  }
  startIfReady(ctx, *chosen);
  const float gap = ctx.px(40);
  const float videoWidth = ctx.size.x - margin * 2 - gap - ctx.px(kDetailsWidth);
  const ImVec2 videoSize(videoWidth, std::min(videoWidth * 9.0f / 16.0f, ctx.size.y - top - ctx.px(170)));
  fitPlayerTo(m_player, videoSize);
  const ImVec2 videoPos(margin, top);
  mediaView(ctx, videoPos, videoSize, m_player, posterOf(ctx, *chosen));
  if (m_player && m_player->view().failed) {
    ImDrawList* list = ImGui::GetWindowDrawList();
    list->AddRectFilled(videoPos, ImVec2(videoPos.x + videoSize.x, videoPos.y + videoSize.y), theme::kScrim);
    drawTextCentered(list, ctx.fonts.heading,
                     ImVec2(videoPos.x + videoSize.x * 0.5f, videoPos.y + videoSize.y * 0.5f), theme::kTextOnDark,
                     ctx.tr("media_player.failed"));
  }
  drawControls(ctx, ImVec2(margin, top + videoSize.y + ctx.px(28)), videoSize.x);
  drawDetails(ctx, ImVec2(margin + videoSize.x + gap, top), ImVec2(ctx.px(kDetailsWidth), ctx.size.y - top - ctx.px(40)),
              *chosen);
  // The time label and the bar move once a second even when no video frame arrives (stills).
  if (m_player && !m_player->view().paused && !m_player->view().ended) {
    ctx.frames.requestFrameAt(ctx.now + std::chrono::milliseconds(500));
  }
}

void LibraryPlayerScreen::drawControls(UiContext& ctx, ImVec2 pos, float width) {
  const media::PlayerView* view = m_player ? &m_player->view() : nullptr;
  const bool playing = view && !view->paused && !view->ended && !view->failed;
  const float button = ctx.px(theme::kButtonHeight);
  const bool usable = view && !view->failed;
  if (touchButton(ctx, "##play", pos, ImVec2(button, button), primaryLook(ctx, theme::kLibrary), "",
                  playing ? icons::kPause : icons::kPlay, usable)) {
    if (view->ended) {
      m_player->seek(0);
      m_player->setPaused(false);
    } else {
      m_player->setPaused(playing);
    }
  }
  const double duration = view ? view->duration : 0;
  const double position = view ? view->position : 0;
  const std::string time = clockText(position) + " / " + (duration > 0 ? clockText(duration) : std::string("-:--"));
  const float timeWidth = textSize(ctx.fonts.bodyBold, "00:00 / 00:00").x;
  const float barX = pos.x + button + ctx.px(32);
  const float barWidth = width - (barX - pos.x) - timeWidth - ctx.px(32);
  const float fraction = duration > 0 ? static_cast<float>(position / duration) : 0.0f;
  if (auto seekTo = seekBar(ctx, "##seek", ImVec2(barX, pos.y), ImVec2(barWidth, button), fraction, usable && duration > 0)) {
    m_player->seek(*seekTo * duration);
  }
  drawText(ImGui::GetWindowDrawList(), ctx.fonts.bodyBold,
           ImVec2(pos.x + width - timeWidth, pos.y + (button - ctx.fonts.bodyBold->FontSize) * 0.5f), theme::kText,
           time.c_str());
}

void LibraryPlayerScreen::drawDetails(UiContext& ctx, ImVec2 pos, ImVec2 size, const media::MediaItem& chosen) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const std::string& language = ctx.state.i18n.language();
  const std::string& title = core::localized(chosen.title, language);
  const std::string& description = core::localized(chosen.description, language);
  float y = pos.y;
  drawText(list, ctx.fonts.title, ImVec2(pos.x, y), theme::kText, title.c_str(), size.x);
  y += textSize(ctx.fonts.title, title.c_str(), size.x).y + ctx.px(20);
  drawText(list, ctx.fonts.body, ImVec2(pos.x, y), theme::kTextMuted, description.c_str(), size.x);
  y += textSize(ctx.fonts.body, description.c_str(), size.x).y + ctx.px(24);
  for (const std::string& area : chosen.areas) {
    for (const core::TechnologyArea& known : ctx.state.technologyAreas) {
      if (known.id != area) continue;
      const std::string line = area + " · " + core::localized(known.title, language);
      drawText(list, ctx.fonts.small, ImVec2(pos.x, y), theme::shade(theme::kLibrary, 0.8f), line.c_str(), size.x);
      y += ctx.fonts.small->FontSize + ctx.px(8);
    }
  }

  // The ways on, at the bottom of the column: the demo (when this item has one), then a person.
  const ImVec2 button(size.x, ctx.px(theme::kButtonHeight));
  float bottom = pos.y + size.y - button.y;
  if (touchButton(ctx, "##contact", ImVec2(pos.x, bottom), button, primaryLook(ctx, theme::kContact),
                  ctx.tr("media_player.contact"), icons::kHandshake)) {
    ctx.nav.go(ScreenId::Contact);
  }
  if (!chosen.demo.empty()) {
    bottom -= button.y + ctx.px(20);
    if (touchButton(ctx, "##demo", ImVec2(pos.x, bottom), button, primaryLook(ctx, theme::kDemos),
                    ctx.tr("media_player.related_demo"), icons::kCube)) {
      ctx.nav.go(screenOfDemo(chosen.demo).value_or(ScreenId::Demos));
    }
  }
}

}  // namespace kiosk::ui
