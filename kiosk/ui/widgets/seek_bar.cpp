#include "kiosk/ui/widgets/seek_bar.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/touch_button.h"

namespace kiosk::ui {

std::optional<float> seekBar(const UiContext& ctx, const char* id, ImVec2 pos, ImVec2 size, float fraction,
                             bool enabled) {
  bool held = false;
  const bool tapped = enabled && touchArea(id, pos, size, &held);
  const float mouseX = ImGui::GetIO().MousePos.x;
  const float pointed = std::clamp((mouseX - pos.x) / std::max(1.0f, size.x), 0.0f, 1.0f);
  const float shown = held && enabled ? pointed : std::clamp(fraction, 0.0f, 1.0f);
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float bar = ctx.px(12);
  const float y = pos.y + size.y * 0.5f;
  list->AddRectFilled(ImVec2(pos.x, y - bar * 0.5f), ImVec2(pos.x + size.x, y + bar * 0.5f), theme::kDivider, bar * 0.5f);
  const float x = pos.x + size.x * shown;
  if (shown > 0) list->AddRectFilled(ImVec2(pos.x, y - bar * 0.5f), ImVec2(x, y + bar * 0.5f), theme::kLibrary, bar * 0.5f);
  list->AddCircleFilled(ImVec2(x, y), ctx.px(held ? 22 : 16), enabled ? theme::kLibrary : theme::kTextMuted, 24);
  if (tapped) return pointed;
  return std::nullopt;
}

std::string clockText(double seconds) {
  if (!(seconds >= 0) || !std::isfinite(seconds)) return "-:--";
  const long total = std::lround(std::floor(seconds));
  char text[32];
  std::snprintf(text, sizeof text, "%ld:%02ld", total / 60, total % 60);
  return text;
}

}  // namespace kiosk::ui
