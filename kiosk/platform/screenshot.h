// Reads the frame just rendered (before the swap) into an image, top row first.
#pragma once

#include <SDL_rect.h>

#include "kiosk/core/rgba_image.h"

namespace kiosk::platform {

[[nodiscard]] core::RgbaImage captureBackBuffer(SDL_Point size);

}  // namespace kiosk::platform
