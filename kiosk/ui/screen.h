// Screen: one class per screen, drawn into the shell's full-screen window.
#pragma once

#include "kiosk/ui/screen_id.h"
#include "kiosk/ui/ui_context.h"

namespace kiosk::ui {

class Screen {
 public:
  virtual ~Screen() = default;

  [[nodiscard]] virtual ScreenId id() const = 0;
  virtual void draw(UiContext& ctx) = 0;
  virtual void onEnter(UiContext& /*ctx*/) {}
  virtual void onLeave() {}
  // The visit is over (idle reset, back to the attract loop): forget everything of it.
  virtual void onSessionEnded() {}

  // The header bar (brand, back, language) is drawn by the shell above these screens.
  [[nodiscard]] virtual bool showsHeader() const { return true; }
  // The idle reset runs on every screen but the attract loop.
  [[nodiscard]] virtual bool armsIdleReset() const { return true; }
  // Escape keys and window-close requests are honoured only here.
  [[nodiscard]] virtual bool isStaffOnly() const { return false; }
};

}  // namespace kiosk::ui
