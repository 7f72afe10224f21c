// assessmentStatsCard: the staff view of the anonymous self-assessment statistics: how many
// results, per sector how many and their mean overall score, and whether the store works.
// For the staff panel (wired there by whoever owns it); returns the height it used. It splits
// the window draw list into channels while drawing: do not call it inside another ChannelsSplit.
#pragma once

#include "kiosk/ui/ui_context.h"

namespace kiosk::ui {

float assessmentStatsCard(const UiContext& ctx, ImVec2 pos, float width);

}  // namespace kiosk::ui
