#include "kiosk/ui/widgets/progress_bar.h"

#include <algorithm>

#include "kiosk/ui/theme.h"

namespace kiosk::ui {

void progressBar(const UiContext& /*ctx*/, ImVec2 pos, ImVec2 size, double fraction, ImU32 color) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float rounding = size.y * 0.5f;
  const ImVec2 max(pos.x + size.x, pos.y + size.y);
  list->AddRectFilled(pos, max, theme::kDivider, rounding);
  const float f = static_cast<float>(std::clamp(fraction, 0.0, 1.0));
  // Never narrower than the rounding: a thinner rounded rect draws as a blob.
  const float width = std::max(size.y, size.x * f);
  list->AddRectFilled(pos, ImVec2(pos.x + width, max.y), color, rounding);
}

}  // namespace kiosk::ui
