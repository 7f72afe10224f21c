// ArScreen: the camera AR-marker demo. Visitors hold a printed card in front of the camera; the live
// picture shows the card's 3D model standing on it, and the side panel tells about its technology
// area (a best practice and what the PID offers) in the visitor's language. The camera runs only
// while this screen shows (setActive on enter/leave), and the screen draws once per processed camera
// frame. No camera: a clear message and how the demo works, with a picture.
#pragma once

#include "kiosk/ui/screen.h"
#include "kiosk/ui/widgets/ar_gl_view.h"

namespace kiosk::ui {

class ArScreen final : public Screen {
 public:
  [[nodiscard]] ScreenId id() const override { return ScreenId::Ar; }
  void draw(UiContext& ctx) override;
  void onEnter(UiContext& ctx) override;
  void onLeave() override;
  void onSessionEnded() override { onLeave(); }

 private:
  void drawCameraView(UiContext& ctx, ImVec2 min, ImVec2 max);
  void drawPanel(UiContext& ctx, ImVec2 min, ImVec2 max);
  void drawHowItWorks(UiContext& ctx, ImVec2 min, ImVec2 max, const char* title, const char* text);

  ArGlView m_view;
  const core::ArDesk* m_desk = nullptr;  // for onLeave, which gets no context
};

}  // namespace kiosk::ui
