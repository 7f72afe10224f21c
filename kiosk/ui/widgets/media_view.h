// mediaView: the player's video frame (or, until the first frame, a poster) drawn into a
// rectangle, with the cross-fade from the previous item on top while it runs.
#pragma once

#include <imgui.h>

#include "kiosk/media/media_item.h"
#include "kiosk/media/player_control.h"
#include "kiosk/ui/ui_context.h"

namespace kiosk::ui {

// The still that stands for `item`: the image itself for PNG stills, else its thumbnail.
[[nodiscard]] std::optional<core::TextureRef> posterOf(const UiContext& ctx, const media::MediaItem& item);

// Sizes the player's frame for a rectangle of `size` layout pixels: in framebuffer pixels, so mpv
// renders no more pixels than the screen shows (HiDPI panels, soak runs' --render-scale).
void fitPlayerTo(media::PlayerControl* player, ImVec2 size);

// Draws the player's frame when it has one for this playlist, else `poster` (fitted, letterboxed on black),
// else black. Asks for frames while a cross-fade runs. Returns true when live video was drawn.
bool mediaView(UiContext& ctx, ImVec2 pos, ImVec2 size, const media::PlayerControl* player,
               const std::optional<core::TextureRef>& poster);

}  // namespace kiosk::ui
