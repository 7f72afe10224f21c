// LibraryPlayerScreen: one best-practice item from the library, with sound: play/pause, a seek
// bar with the time, subtitles in the visitor's language when a .srt is next to the video, and
// the ways on: the related live demo and a talk with a digital promoter (the lead form).
#pragma once

#include <memory>
#include <string>

#include "kiosk/media/media_item.h"
#include "kiosk/media/player_control.h"
#include "kiosk/ui/media_selection.h"
#include "kiosk/ui/screen.h"

namespace kiosk::ui {

class LibraryPlayerScreen final : public Screen {
 public:
  explicit LibraryPlayerScreen(std::shared_ptr<MediaSelection> selection) : m_selection(std::move(selection)) {}

  [[nodiscard]] ScreenId id() const override { return ScreenId::LibraryPlayer; }
  void onEnter(UiContext& ctx) override;
  void onLeave() override;
  void draw(UiContext& ctx) override;
  void onSessionEnded() override { m_selection->wipe(); }

 private:
  const media::MediaItem* item(const UiContext& ctx) const;
  void startIfReady(UiContext& ctx, const media::MediaItem& item);
  void drawControls(UiContext& ctx, ImVec2 pos, float width);
  void drawDetails(UiContext& ctx, ImVec2 pos, ImVec2 size, const media::MediaItem& item);

  std::shared_ptr<MediaSelection> m_selection;
  std::shared_ptr<const media::Catalog> m_catalog;  // kept while its item plays
  media::PlayerControl* m_player = nullptr;
  bool m_started = false;
  std::string m_language;
};

}  // namespace kiosk::ui
