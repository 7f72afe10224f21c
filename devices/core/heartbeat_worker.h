// HeartbeatWorker: posts a Running status every interval. It proves the worker -> mailbox
// -> UI wake path end to end, and its age on the staff panel shows the loop is alive.
#pragma once

#include <chrono>

#include "devices/core/worker.h"

namespace kiosk::devices {

class HeartbeatWorker final : public Worker {
 public:
  HeartbeatWorker(StatusSink sink, std::chrono::milliseconds interval);
  ~HeartbeatWorker() override;

 private:
  void run(std::stop_token stop) override;

  const std::chrono::milliseconds m_interval;
};

}  // namespace kiosk::devices
