#include "devices/core/worker_status.h"

namespace kiosk::devices {

std::string_view toString(WorkerState state) {
  switch (state) {
    case WorkerState::Starting: return "starting";
    case WorkerState::Running: return "running";
    case WorkerState::Degraded: return "degraded";
    case WorkerState::Failed: return "failed";
    case WorkerState::Stopped: return "stopped";
  }
  return "unknown";
}

}  // namespace kiosk::devices
