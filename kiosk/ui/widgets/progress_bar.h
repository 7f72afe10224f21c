// progressBar: a thick rounded bar, readable from a few metres (print and heating progress).
#pragma once

#include <imgui.h>

#include "kiosk/ui/ui_context.h"

namespace kiosk::ui {

// `fraction` is clamped to 0..1; a sliver stays visible at 0 % so the bar reads as a bar.
void progressBar(const UiContext& ctx, ImVec2 pos, ImVec2 size, double fraction, ImU32 color);

}  // namespace kiosk::ui
