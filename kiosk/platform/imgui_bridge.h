// ImGuiBridge: Dear ImGui 1.86 on our terms. We keep the SDL backend for keys and text
// and the OpenGL3 renderer, but do our own per-frame platform step: the backend's
// NewFrame polls the global mouse and calls SDL_CaptureMouse, which breaks touch on X11.
// The pointer comes from input::PointerTracker instead.
#pragma once

#include <SDL.h>

#include "kiosk/input/pointer_tracker.h"

namespace kiosk::platform {

class ImGuiBridge {
 public:
  ImGuiBridge(SDL_Window* window, SDL_GLContext context);
  ~ImGuiBridge();
  ImGuiBridge(const ImGuiBridge&) = delete;
  ImGuiBridge& operator=(const ImGuiBridge&) = delete;

  // Keyboard and text events only; pointer events go to the PointerTracker.
  void processKeyboardEvent(const SDL_Event& event);
  // Re-uploads the font atlas after it was rebuilt (a display size change).
  void reloadFontTexture();
  // layoutSize: what the UI lays out for, in the pointer's coordinates; drawableSize: GL pixels.
  void newFrame(float dtSeconds, const input::PointerFrame& pointer, SDL_Point layoutSize, SDL_Point drawableSize);
  void render(SDL_Point drawableSize);
};

}  // namespace kiosk::platform
