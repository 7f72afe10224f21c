#include "kiosk/ui/widgets/touch_scroll_area.h"

#include "kiosk/ui/theme.h"

namespace kiosk::ui {
namespace {

bool contains(ImVec2 min, ImVec2 size, input::Point p) {
  return p.x >= min.x && p.y >= min.y && p.x < min.x + size.x && p.y < min.y + size.y;
}

}  // namespace

void TouchScrollArea::begin(UiContext& ctx, const char* id, ImVec2 pos, ImVec2 size) {
  const input::Gesture& gesture = ctx.gesture;
  if (gesture.dragging && (gesture.active || gesture.endedThisFrame) && contains(pos, size, gesture.start)) {
    m_tracking = true;
    m_scroller.drag(gesture.delta.y);
    if (gesture.endedThisFrame) {
      m_scroller.release(gesture.releaseVelocity.y);
      m_tracking = false;
    }
  } else {
    m_tracking = false;
    m_scroller.update(ctx.dt);
  }
  if (m_tracking || m_scroller.gliding()) ctx.frames.requestContinuous();

  m_viewHeight = size.y;
  m_scale = ctx.scale;
  ImGui::SetCursorScreenPos(pos);
  ImGui::BeginChild(id, size, false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  // Draw the content ourselves at the scrolled position; ImGui only clips it.
  ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y - m_scroller.offset()));
}

void TouchScrollArea::end(float contentHeight) {
  m_scroller.setMaxOffset(contentHeight - m_viewHeight);
  // A thin position indicator instead of a grabbable scrollbar.
  if (contentHeight > m_viewHeight) {
    const ImVec2 origin = ImGui::GetWindowPos();
    const ImVec2 size = ImGui::GetWindowSize();
    const float barHeight = size.y * size.y / contentHeight;
    const float barTop = origin.y + (size.y - barHeight) * (m_scroller.offset() / (contentHeight - m_viewHeight));
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(origin.x + size.x - 8 * m_scale, barTop),
                                              ImVec2(origin.x + size.x - 2 * m_scale, barTop + barHeight),
                                              theme::withAlpha(theme::kTextMuted, 120), 3 * m_scale);
  }
  ImGui::EndChild();
}

}  // namespace kiosk::ui
