// languageSwitch: a pill with one segment per language ("IT | EN"); tapping one switches
// every string at once. Drawn on every screen.
#pragma once

#include <imgui.h>

#include "kiosk/ui/ui_context.h"

namespace kiosk::ui {

// Width the switch needs, so callers can right-align it.
[[nodiscard]] float languageSwitchWidth(const UiContext& ctx);
void languageSwitch(UiContext& ctx, ImVec2 pos, bool onDark);

}  // namespace kiosk::ui
