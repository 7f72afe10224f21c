// KioskState: what the screens read and change, owned by the app. One instance,
// touched only on the UI thread; workers reach it through the mailbox.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "kiosk/core/config.h"
#include "kiosk/core/device_status_board.h"
#include "kiosk/core/pin_gate.h"
#include "kiosk/core/technology_areas.h"
#include "kiosk/core/translator.h"

namespace kiosk::core {

// Everything a visitor leaves behind. wipe() runs when the visitor leaves or times out,
// so nothing of one visit is shown to the next.
struct VisitorSession {
  std::uint64_t number = 0;
  std::chrono::steady_clock::time_point startedAt{};

  void wipe(std::chrono::steady_clock::time_point now) {
    *this = VisitorSession{number + 1, now};
  }
};

struct KioskState {
  const Config& config;
  Translator& i18n;
  std::vector<TechnologyArea> technologyAreas;
  std::vector<std::string> contentProblems;  // shown in the staff panel
  DeviceStatusBoard devices;
  PinGate pinGate;
  VisitorSession session;
  std::chrono::steady_clock::time_point startedAt = std::chrono::steady_clock::now();
  bool quitRequested = false;
};

}  // namespace kiosk::core
