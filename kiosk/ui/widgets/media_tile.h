// mediaTile: one item of the best-practice library: its thumbnail (or a placeholder), what kind
// of item it is, and its title. Returns true when tapped.
#pragma once

#include <imgui.h>

#include "kiosk/media/media_item.h"
#include "kiosk/ui/ui_context.h"

namespace kiosk::ui {

bool mediaTile(const UiContext& ctx, const char* id, ImVec2 pos, ImVec2 size, const media::MediaItem& item);

}  // namespace kiosk::ui
