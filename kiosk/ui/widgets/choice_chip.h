// choiceChip: a selectable tile for single and multiple choices (sector, company size,
// interests, consents): a tick or ring on the left, the label wrapped inside.
#pragma once

#include <imgui.h>

#include "kiosk/ui/ui_context.h"

namespace kiosk::ui {

enum class ChipKind { Radio, Check };

// Returns true when tapped (the caller flips the selection).
bool choiceChip(const UiContext& ctx, const char* id, ImVec2 pos, ImVec2 size, const char* label, bool selected,
                ChipKind kind, ImU32 accent);

}  // namespace kiosk::ui
