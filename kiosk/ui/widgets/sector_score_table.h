// sectorScoreTable: the anonymous self-assessment averages as a table, one row per sector
// (most results first) and one column per dimension, each cell a bar of the mean score 0-100.
// Returns nothing; draws inside `size` and leaves out rows that do not fit.
#pragma once

#include <imgui.h>

#include "kiosk/ui/ui_context.h"

namespace kiosk::ui {

void sectorScoreTable(const UiContext& ctx, ImVec2 pos, ImVec2 size);

}  // namespace kiosk::ui
