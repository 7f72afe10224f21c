// UiContext: what a screen gets each frame. Built by the app, valid for one frame.
#pragma once

#include <chrono>
#include <ctime>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "kiosk/core/frame_pacer.h"
#include "kiosk/core/idle_monitor.h"
#include "kiosk/core/kiosk_state.h"
#include "kiosk/core/script.h"
#include "kiosk/input/pointer_tracker.h"
#include "kiosk/ui/fonts.h"

namespace kiosk::ui {

class Navigator;

struct UiContext {
  core::KioskState& state;
  const Fonts& fonts;
  Navigator& nav;
  core::FramePacer& frames;
  const core::IdleMonitor& idle;
  const input::Gesture& gesture;
  std::chrono::steady_clock::time_point now;
  float dt = 0;       // seconds since the previous frame, capped
  float scale = 1;    // display height / 1080
  ImVec2 size;        // the display in pixels
  // Set while a test script runs: the on-screen keyboard lists its keys here each frame.
  std::vector<core::ScriptKeyTarget>* keyTargets = nullptr;
  // The local wall clock for schedules (media items, opening hours): the app's, which --now sets.
  std::time_t wallNow = std::time(nullptr);

  [[nodiscard]] const char* tr(std::string_view key) const { return state.i18n.tr(key); }
  [[nodiscard]] float px(float value) const { return value * scale; }
};

}  // namespace kiosk::ui
