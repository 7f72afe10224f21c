// seekBar: the player's progress bar; a tap on it asks to jump there. While the finger is down
// the knob follows it, so the visitor sees where the jump goes.
#pragma once

#include <optional>

#include <imgui.h>

#include "kiosk/ui/ui_context.h"

namespace kiosk::ui {

// `fraction` 0..1 is the current position; returns the fraction tapped, if any.
std::optional<float> seekBar(const UiContext& ctx, const char* id, ImVec2 pos, ImVec2 size, float fraction,
                             bool enabled);

// "m:ss" for the time labels.
[[nodiscard]] std::string clockText(double seconds);

}  // namespace kiosk::ui
