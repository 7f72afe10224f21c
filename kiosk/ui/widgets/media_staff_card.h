// mediaStaffCard: the media content as staff need it in the staff panel: how many items and how
// many play in the attract loop now, every warning (broken manifest lines, files skipped), a
// "reload content" button (no restart), and sound on/off and volume for this run.
#pragma once

#include <imgui.h>

#include "kiosk/ui/ui_context.h"

namespace kiosk::ui {

// Returns the height used.
float mediaStaffCard(UiContext& ctx, ImVec2 pos, float width);

}  // namespace kiosk::ui
