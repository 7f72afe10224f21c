// PlayerHarness: a window, a GL context and the MpvPlayer driven by the same loop the kiosk
// runs (wait for an SDL event, hand it to the player, render a due frame, swap, report the
// swap), without the UI. For the playback tests and the soak program under Xvfb.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <stdexcept>

#include <SDL_opengl.h>

#include "kiosk/platform/gl_window.h"
#include "kiosk/platform/mpv_player.h"

namespace kiosk::test {

class PlayerHarness {
 public:
  using Clock = std::chrono::steady_clock;

  explicit PlayerHarness(platform::MpvPlayerOptions options = quietOptions())
      : m_window(makeWindow()) {
    auto player = platform::MpvPlayer::create(options);
    if (!player) throw std::runtime_error(player.error());
    m_player = std::move(*player);
    m_player->setViewport(160, 90);
  }

  static platform::MpvPlayerOptions quietOptions() {
    platform::MpvPlayerOptions options;
    options.audio = false;  // ao=null: no sound device on CI
    options.hwdec = "no";
    options.fade = std::chrono::milliseconds(0);
    return options;
  }

  platform::MpvPlayer& player() { return *m_player; }

  // Runs the loop until done() or the timeout; onFrame after each video frame rendered.
  bool runUntil(const std::function<bool()>& done, std::chrono::milliseconds timeout,
                const std::function<void(Clock::time_point)>& onFrame = {}) {
    const auto end = Clock::now() + timeout;
    while (Clock::now() < end) {
      if (done()) return true;
      SDL_Event event;
      if (SDL_WaitEventTimeout(&event, 5)) {
        do {
          m_player->handleEvent(event);
        } while (SDL_PollEvent(&event));
      }
      if (m_player->frameDue()) {
        const auto before = m_player->framesRendered();
        const auto now = Clock::now();
        m_player->render(now);
        if (onFrame && m_player->framesRendered() != before) onFrame(now);
        glClear(GL_COLOR_BUFFER_BIT);
        m_window.swap();
        m_player->reportSwap();
      }
    }
    return done();
  }

 private:
  static platform::GlWindow makeWindow() {
    auto window = platform::GlWindow::create({false, 320, 180, "media test"});
    if (!window) throw std::runtime_error(window.error());
    return std::move(*window);
  }

  platform::GlWindow m_window;
  std::unique_ptr<platform::MpvPlayer> m_player;
};

}  // namespace kiosk::test
