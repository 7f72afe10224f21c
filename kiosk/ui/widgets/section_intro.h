// sectionIntro: the opening of a section screen: an icon badge in the section's colour,
// the title and a one-paragraph lead. Returns the y where the section's body starts.
#pragma once

#include "kiosk/ui/ui_context.h"

namespace kiosk::ui {

float sectionIntro(const UiContext& ctx, const char* icon, ImU32 accent, const char* title, const char* lead);

// A small rounded label ("Coming soon", "Not connected") at pos; returns its width.
float statusChip(const UiContext& ctx, ImVec2 pos, ImU32 color, const char* text);

}  // namespace kiosk::ui
