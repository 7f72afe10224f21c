// GlWindow: the SDL window with its OpenGL 3.3 core context. Fullscreen on the kiosk,
// a plain window of a fixed size for development, screenshots and tests.
#pragma once

#include <string>

#include <SDL.h>
#include <tl/expected.hpp>

namespace kiosk::platform {

struct WindowOptions {
  bool fullscreen = true;
  int width = 1920;
  int height = 1080;
  std::string title = "PID kiosk";
};

class GlWindow {
 public:
  [[nodiscard]] static tl::expected<GlWindow, std::string> create(const WindowOptions& options);

  GlWindow(GlWindow&& other) noexcept;
  GlWindow& operator=(GlWindow&&) = delete;
  GlWindow(const GlWindow&) = delete;
  GlWindow& operator=(const GlWindow&) = delete;
  ~GlWindow();

  [[nodiscard]] SDL_Window* window() const { return m_window; }
  [[nodiscard]] SDL_GLContext context() const { return m_context; }
  [[nodiscard]] SDL_Point size() const;  // drawable pixels
  void swap() const { SDL_GL_SwapWindow(m_window); }

 private:
  GlWindow(SDL_Window* window, SDL_GLContext context) : m_window(window), m_context(context) {}

  SDL_Window* m_window = nullptr;
  SDL_GLContext m_context = nullptr;
};

}  // namespace kiosk::platform
