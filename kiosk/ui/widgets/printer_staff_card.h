// printerStaffCard: the 3D printer as staff need to see it in the staff panel: link and job
// state, port, firmware, temperatures, link counters and the last fault with its firmware text.
// Technical by design (English state names, raw details): it is for staff and support, not visitors.
#pragma once

#include <imgui.h>

#include "kiosk/ui/ui_context.h"

namespace kiosk::ui {

// Draws the card with its top-left at pos, `width` wide; returns the height used.
float printerStaffCard(const UiContext& ctx, ImVec2 pos, float width);

}  // namespace kiosk::ui
