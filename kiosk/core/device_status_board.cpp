#include "kiosk/core/device_status_board.h"

#include <spdlog/spdlog.h>

namespace kiosk::core {

void DeviceStatusBoard::apply(devices::WorkerStatus status) {
  auto [it, inserted] = m_entries.try_emplace(status.source, status);
  // State changes are worth a log line; a steady stream of "running" beats is not.
  if (inserted || it->second.state != status.state) {
    spdlog::info("worker {}: {}{}{}", status.source, devices::toString(status.state),
                 status.detail.empty() ? "" : " - ", status.detail);
  }
  it->second = std::move(status);
  ++m_revision;
}

}  // namespace kiosk::core
