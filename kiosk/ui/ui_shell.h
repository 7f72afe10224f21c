// UiShell: draws one frame of the kiosk: the current screen in a full-screen window,
// the header bar, the "Are you still there?" prompt, and the hidden staff gesture
// (a long press in the bottom-left corner opens the PIN pad).
#pragma once

#include "kiosk/ui/navigator.h"
#include "kiosk/ui/ui_context.h"

namespace kiosk::ui {

class UiShell {
 public:
  void draw(UiContext& ctx);

 private:
  void watchStaffCorner(UiContext& ctx);
  void drawIdlePrompt(UiContext& ctx);

  bool m_cornerFired = false;
};

}  // namespace kiosk::ui
