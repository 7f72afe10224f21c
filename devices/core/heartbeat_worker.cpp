#include "devices/core/heartbeat_worker.h"

#include <string>

namespace kiosk::devices {

HeartbeatWorker::HeartbeatWorker(StatusSink sink, std::chrono::milliseconds interval)
    : Worker("heartbeat", std::move(sink)), m_interval(interval) {}

HeartbeatWorker::~HeartbeatWorker() { stop(); }

void HeartbeatWorker::run(std::stop_token stop) {
  std::uint64_t beats = 0;
  do {
    publish(WorkerState::Running, "beat " + std::to_string(++beats));
  } while (sleepFor(stop, m_interval));
}

}  // namespace kiosk::devices
