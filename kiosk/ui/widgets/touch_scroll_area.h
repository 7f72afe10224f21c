// TouchScrollArea: a region whose content follows the finger and glides on after a fling.
// It takes a gesture only when the drag started inside it; a tap inside still reaches
// the buttons in the list.
#pragma once

#include <imgui.h>

#include "kiosk/input/kinetic_scroller.h"
#include "kiosk/ui/ui_context.h"

namespace kiosk::ui {

class TouchScrollArea {
 public:
  // Between begin() and end(), draw the content with ImGui::GetWindowDrawList() starting
  // at ImGui::GetCursorScreenPos(); end() needs the content height to know how far to scroll.
  void begin(UiContext& ctx, const char* id, ImVec2 pos, ImVec2 size);
  void end(float contentHeight);

  void resetToTop() { m_scroller.jumpTo(0); }
  [[nodiscard]] float offset() const { return m_scroller.offset(); }

 private:
  input::KineticScroller m_scroller;
  bool m_tracking = false;
  float m_viewHeight = 0;
  float m_scale = 1;
};

}  // namespace kiosk::ui
