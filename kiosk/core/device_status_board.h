// DeviceStatusBoard: the latest status of every worker, for the staff panel.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "devices/core/worker_status.h"

namespace kiosk::core {

class DeviceStatusBoard {
 public:
  void apply(devices::WorkerStatus status);
  [[nodiscard]] const std::map<std::string, devices::WorkerStatus>& entries() const { return m_entries; }
  // Grows with each change, so a screen can tell it has something new to show.
  [[nodiscard]] std::uint64_t revision() const { return m_revision; }

 private:
  std::map<std::string, devices::WorkerStatus> m_entries;
  std::uint64_t m_revision = 0;
};

}  // namespace kiosk::core
