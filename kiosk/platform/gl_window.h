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
  // Windowed only: the window has width x height x renderScale pixels while the UI lays out for
  // width x height (ImGui's framebuffer scale). Soak runs draw the same UI into fewer pixels.
  float renderScale = 1;
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
  [[nodiscard]] SDL_Point size() const;        // drawable pixels
  [[nodiscard]] SDL_Point layoutSize() const;  // what the UI lays out for: drawable / render scale
  [[nodiscard]] float renderScale() const { return m_renderScale; }
  void swap() const { SDL_GL_SwapWindow(m_window); }

 private:
  GlWindow(SDL_Window* window, SDL_GLContext context, float renderScale)
      : m_window(window), m_context(context), m_renderScale(renderScale) {}

  SDL_Window* m_window = nullptr;
  SDL_GLContext m_context = nullptr;
  float m_renderScale = 1;
};

}  // namespace kiosk::platform
