// workerStateColor: the dot colour of a worker's state, the same on the staff panel and the dashboard.
#pragma once

#include <imgui.h>

#include "devices/core/worker_status.h"
#include "kiosk/ui/theme.h"

namespace kiosk::ui {

inline ImU32 workerStateColor(devices::WorkerState state, ImU32 unknown = theme::kTextMuted) {
  switch (state) {
    case devices::WorkerState::Running: return theme::kSuccess;
    case devices::WorkerState::Starting:
    case devices::WorkerState::Degraded: return theme::kHighlight;
    case devices::WorkerState::Failed:
    case devices::WorkerState::Stopped: return theme::kDanger;
  }
  return unknown;
}

}  // namespace kiosk::ui
