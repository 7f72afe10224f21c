// HeadlessUi: the kiosk's screens in a real ImGui context with no window and no GL, driven
// by synthetic SDL finger events through the real PointerTracker, on a fake clock.
#pragma once

#include <chrono>
#include <memory>
#include <optional>

#include "kiosk/core/config.h"
#include "kiosk/core/frame_pacer.h"
#include "kiosk/core/idle_monitor.h"
#include "kiosk/core/kiosk_state.h"
#include "kiosk/core/translator.h"
#include "kiosk/input/pointer_tracker.h"
#include "kiosk/ui/fonts.h"
#include "kiosk/ui/navigator.h"
#include "kiosk/ui/ui_shell.h"

namespace kiosk::testing {

class HeadlessUi {
 public:
  using Clock = std::chrono::steady_clock;
  static constexpr float kWidth = 1920;
  static constexpr float kHeight = 1080;

  HeadlessUi();
  ~HeadlessUi();

  void frame();                       // one frame, 16 ms later on the fake clock
  void frames(int count);
  void advance(std::chrono::milliseconds ms);
  void fingerDown(float x, float y);
  void fingerMove(float x, float y);
  void fingerUp(float x, float y);
  void tap(float x, float y);         // down, frames, up, frames: as a finger would
  void drag(float x1, float y1, float x2, float y2, int steps);
  void goTo(ui::ScreenId id);

  ui::Navigator& nav() { return m_nav; }
  core::KioskState& state() { return *m_state; }
  core::Translator& i18n() { return *m_translator; }
  Clock::time_point now() const { return m_now; }

 private:
  void feed(std::uint32_t type, float x, float y);

  core::Config m_config;
  std::optional<core::Translator> m_translator;
  std::unique_ptr<core::KioskState> m_state;
  ui::Fonts m_fonts;
  ui::Navigator m_nav;
  ui::UiShell m_shell;
  input::PointerTracker m_pointer;
  core::FramePacer m_pacer;
  core::IdleMonitor m_idle{std::chrono::seconds(90), std::chrono::seconds(20)};
  Clock::time_point m_now = Clock::time_point{} + std::chrono::hours(1);
};

}  // namespace kiosk::testing
