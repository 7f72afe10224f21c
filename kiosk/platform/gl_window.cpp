#include "kiosk/platform/gl_window.h"

#include <algorithm>
#include <cmath>

#include <spdlog/spdlog.h>

namespace kiosk::platform {

tl::expected<GlWindow, std::string> GlWindow::create(const WindowOptions& options) {
  // Signals are ours (a clean shutdown on SIGTERM); SDL must not turn them into SDL_QUIT.
  SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
  // Mouse capture swallows touch after the first tap on X11 (SDL#11469).
  SDL_SetHint(SDL_HINT_MOUSE_AUTO_CAPTURE, "0");
  SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS | SDL_INIT_TIMER) != 0) {
    return tl::unexpected(std::string("SDL_Init failed: ") + SDL_GetError());
  }
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_GL_SetAttribute(SDL_GL_DEPTH_SIZE, 24);
  SDL_GL_SetAttribute(SDL_GL_STENCIL_SIZE, 8);

  Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_SHOWN;
  if (options.fullscreen) flags |= SDL_WINDOW_FULLSCREEN_DESKTOP | SDL_WINDOW_BORDERLESS;
  const float renderScale = options.fullscreen ? 1.0f : std::clamp(options.renderScale, 0.05f, 1.0f);
  const auto scaled = [renderScale](int pixels) { return std::max(1, static_cast<int>(std::lround(pixels * renderScale))); };
  SDL_Window* window = SDL_CreateWindow(options.title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED,
                                        scaled(options.width), scaled(options.height), flags);
  if (!window) {
    std::string error = std::string("SDL_CreateWindow failed: ") + SDL_GetError();
    SDL_Quit();
    return tl::unexpected(error);
  }
  SDL_GLContext context = SDL_GL_CreateContext(window);
  if (!context) {
    std::string error = std::string("OpenGL 3.3 context failed: ") + SDL_GetError();
    SDL_DestroyWindow(window);
    SDL_Quit();
    return tl::unexpected(error);
  }
  SDL_GL_MakeCurrent(window, context);
  SDL_GL_SetSwapInterval(1);
  // A touch kiosk has no pointer to show; a development window keeps it.
  SDL_ShowCursor(options.fullscreen ? SDL_DISABLE : SDL_ENABLE);
  spdlog::info("video driver {}, window {}x{}{}{}", SDL_GetCurrentVideoDriver(), options.width, options.height,
               options.fullscreen ? " (fullscreen)" : "",
               renderScale < 1 ? fmt::format(", drawn at {}x{}", scaled(options.width), scaled(options.height)) : "");
  return GlWindow(window, context, renderScale);
}

GlWindow::GlWindow(GlWindow&& other) noexcept
    : m_window(other.m_window), m_context(other.m_context), m_renderScale(other.m_renderScale) {
  other.m_window = nullptr;
  other.m_context = nullptr;
}

GlWindow::~GlWindow() {
  if (!m_window) return;
  SDL_GL_DeleteContext(m_context);
  SDL_DestroyWindow(m_window);
  SDL_Quit();
}

SDL_Point GlWindow::size() const {
  SDL_Point size{0, 0};
  SDL_GL_GetDrawableSize(m_window, &size.x, &size.y);
  return size;
}

SDL_Point GlWindow::layoutSize() const {
  SDL_Point size{0, 0};
  SDL_GetWindowSize(m_window, &size.x, &size.y);
  return {static_cast<int>(std::lround(static_cast<float>(size.x) / m_renderScale)),
          static_cast<int>(std::lround(static_cast<float>(size.y) / m_renderScale))};
}

}  // namespace kiosk::platform
