// AttractScreen: what passers-by see. Slides invite them in (placeholder content until
// the media playlist lands); a touch anywhere starts a visit on the home screen.
#pragma once

#include "kiosk/ui/screen.h"

namespace kiosk::ui {

class AttractScreen final : public Screen {
 public:
  [[nodiscard]] ScreenId id() const override { return ScreenId::Attract; }
  void onEnter(UiContext& ctx) override;
  void draw(UiContext& ctx) override;
  [[nodiscard]] bool showsHeader() const override { return false; }
  [[nodiscard]] bool armsIdleReset() const override { return false; }

 private:
  void drawSlide(UiContext& ctx, int slide);

  std::chrono::steady_clock::time_point m_slideStarted{};
  int m_slide = 0;
};

}  // namespace kiosk::ui
