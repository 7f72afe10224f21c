// touchButton: a large button for fingers. It shows a pressed state while held and no
// hover state at all (a finger that lifted must not leave a highlight behind).
#pragma once

#include <imgui.h>

#include "kiosk/ui/ui_context.h"

namespace kiosk::ui {

struct ButtonLook {
  ImU32 fill;
  ImU32 text;
  ImU32 outline = 0;  // 0: none
  ImFont* font = nullptr;
  float elevation = 0;
};

[[nodiscard]] ButtonLook primaryLook(const UiContext& ctx, ImU32 fill);
[[nodiscard]] ButtonLook secondaryLook(const UiContext& ctx);

// Returns true on the frame the button is tapped (released over it after a press on it).
bool touchButton(const UiContext& ctx, const char* id, ImVec2 pos, ImVec2 size, const ButtonLook& look,
                 const char* label, const char* icon = nullptr, bool enabled = true);

// The invisible hit area shared by every touch widget; `held` tells if it is pressed now.
bool touchArea(const char* id, ImVec2 pos, ImVec2 size, bool* held = nullptr);

}  // namespace kiosk::ui
