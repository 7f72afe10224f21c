// AttractScreen: what passers-by see. The media attract loop (assets/media, schedule applied)
// plays full screen with a discreet "Touch to start"; when nothing is scheduled or nothing
// plays, built-in slides invite them in. A touch anywhere starts a visit on the home screen.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "kiosk/media/media_item.h"
#include "kiosk/media/player_control.h"
#include "kiosk/ui/screen.h"

namespace kiosk::ui {

class AttractScreen final : public Screen {
 public:
  [[nodiscard]] ScreenId id() const override { return ScreenId::Attract; }
  void onEnter(UiContext& ctx) override;
  void onLeave() override;
  void draw(UiContext& ctx) override;
  [[nodiscard]] bool showsHeader() const override { return false; }
  [[nodiscard]] bool armsIdleReset() const override { return false; }

 private:
  void drawSlide(UiContext& ctx, int slide);
  void drawSlides(UiContext& ctx);
  void syncLoop(UiContext& ctx);
  void drawMedia(UiContext& ctx);

  media::PlayerControl* m_player = nullptr;
  std::shared_ptr<const media::Catalog> m_catalog;  // kept while its items play
  std::vector<std::string> m_loopIds;                // the items in the loop now
  std::uint64_t m_revision = 0;
  bool m_playing = false;
  std::chrono::steady_clock::time_point m_nextScheduleCheck{};

  std::chrono::steady_clock::time_point m_slideStarted{};
  int m_slide = 0;
};

}  // namespace kiosk::ui
