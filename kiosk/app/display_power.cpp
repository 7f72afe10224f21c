// KioskApp's display power schedule ([display.schedule]): outside the opening hours the kiosk
// draws black and nothing else (no screen, no animation, the visit ended), lets the X server's
// screen saver / DPMS switch the panel off where there is one, and wakes on a touch.
// Under Wayland (cage 0.1.4 has no output-power protocol) the black frame is all it can do.
#include <algorithm>
#include <cstdint>

#include <SDL.h>
#include <SDL_opengl.h>

#include <spdlog/spdlog.h>

#include "kiosk/app/kiosk_app.h"
#include "kiosk/core/rgba_image.h"
#include "kiosk/platform/screenshot.h"

namespace kiosk::app {
namespace {

bool isPress(Uint32 type) { return type == SDL_FINGERDOWN || type == SDL_MOUSEBUTTONDOWN; }
bool isRelease(Uint32 type) { return type == SDL_FINGERUP || type == SDL_MOUSEBUTTONUP; }
bool isPointer(Uint32 type) {
  return isPress(type) || isRelease(type) || type == SDL_FINGERMOTION || type == SDL_MOUSEMOTION ||
         type == SDL_MOUSEWHEEL;
}

}  // namespace

bool KioskApp::scheduleOpen() const {
  return m_config.display.schedule.isOpenAt(m_clock.now());
}

void KioskApp::updateDisplayPower(Clock::time_point now) {
  if (!m_config.display.schedule.configured() || m_options.shotFile) return;  // a screenshot shows its screen
  const bool open = scheduleOpen();
  // Staff at work after hours (panel, dashboard, PIN pad) are not thrown out at closing time.
  if (!m_power.blank() && m_nav.current().isStaffOnly()) (void)m_power.touch(open, now);
  if (m_power.update(open, now)) applyDisplayPower();
}

void KioskApp::applyDisplayPower() {
  if (m_power.blank()) {
    spdlog::info("display: outside the opening hours, screen blanked");
    // The visit is over: nothing of it may be there when the screen lights up again.
    if (m_nav.currentId() != ui::ScreenId::Attract) m_nav.resetTo(ui::ScreenId::Attract);
    m_idle.disarm();
    // Nothing decodes behind a black screen; the loop starts over when the screen wakes.
    if (m_player) m_player->stop();
    if (m_config.display.x11ScreenSaver) SDL_EnableScreenSaver();
  } else {
    spdlog::info("display: awake");
    ++m_state.media.revision;  // the attract screen (re)starts its loop as for new content
    SDL_DisableScreenSaver();
  }
  m_pacer.requestFrames(2);
}

bool KioskApp::swallowedByDisplayPower(const SDL_Event& event, Clock::time_point now) {
  if (!m_config.display.schedule.configured() || !isPointer(event.type)) return false;
  if (m_swallowUntilRelease) {
    if (isRelease(event.type)) m_swallowUntilRelease = false;
    return true;
  }
  if (isPress(event.type) && m_power.touch(scheduleOpen(), now)) {
    spdlog::info("display: woken by a touch outside the opening hours");
    m_swallowUntilRelease = true;
    applyDisplayPower();
    return true;
  }
  return m_power.blank();
}

int KioskApp::displayPowerTimeoutMs(Clock::time_point now) const {
  if (!m_config.display.schedule.configured()) return INT32_MAX;
  // Opening hours are in whole minutes: look again just after the next minute starts.
  const std::time_t wall = m_clock.now();
  int timeout = static_cast<int>((60 - wall % 60) * 1000 + 50);
  if (!m_power.blank() && m_power.awakeUntil() > now) {
    timeout = std::min<int>(timeout, static_cast<int>(std::chrono::ceil<std::chrono::milliseconds>(
                                         m_power.awakeUntil() - now).count()));
  }
  return std::max(timeout, 0);
}

void KioskApp::renderBlankFrame() {
  const SDL_Point size = m_window.size();
  glViewport(0, 0, size.x, size.y);
  glClearColor(0, 0, 0, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  if (m_pendingShot) {
    if (auto written = core::writePng(*m_pendingShot, platform::captureBackBuffer(size)); !written)
      spdlog::error("screenshot: {}", written.error());
    m_pendingShot.reset();
  }
  m_window.swap();
}

}  // namespace kiosk::app
