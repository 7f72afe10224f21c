// WorkerStatus: what a worker tells the staff panel about itself.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace kiosk::devices {

enum class WorkerState { Starting, Running, Degraded, Failed, Stopped };

[[nodiscard]] std::string_view toString(WorkerState state);

struct WorkerStatus {
  std::string source;   // stable name, e.g. "heartbeat", "printer"
  WorkerState state = WorkerState::Starting;
  std::string detail;   // short, no personal data: it is shown and logged
  std::uint64_t sequence = 0;
  std::chrono::steady_clock::time_point at{};
};

using StatusSink = std::function<void(WorkerStatus)>;

}  // namespace kiosk::devices
