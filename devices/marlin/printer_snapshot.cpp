#include "devices/marlin/printer_snapshot.h"

namespace kiosk::devices::marlin {

std::string_view toString(LinkState state) {
  switch (state) {
    case LinkState::Disconnected: return "disconnected";
    case LinkState::Connecting: return "connecting";
    case LinkState::Ready: return "ready";
    case LinkState::Faulted: return "faulted";
  }
  return "unknown";
}

std::string_view toString(JobState state) {
  switch (state) {
    case JobState::None: return "none";
    case JobState::Running: return "running";
    case JobState::Pausing: return "pausing";
    case JobState::Paused: return "paused";
    case JobState::Cancelling: return "cancelling";
    case JobState::Completed: return "completed";
    case JobState::Cancelled: return "cancelled";
    case JobState::Failed: return "failed";
  }
  return "unknown";
}

std::string_view toString(FaultKind kind) {
  switch (kind) {
    case FaultKind::None: return "none";
    case FaultKind::Disconnected: return "disconnected";
    case FaultKind::NotAnswering: return "not-answering";
    case FaultKind::FirmwareReset: return "firmware-reset";
    case FaultKind::FirmwareHalted: return "firmware-halted";
    case FaultKind::HeaterNotHeating: return "heater-not-heating";
    case FaultKind::TemperatureCeiling: return "temperature-ceiling";
    case FaultKind::CommunicationStuck: return "communication-stuck";
    case FaultKind::Unresponsive: return "unresponsive";
    case FaultKind::EmergencyStop: return "emergency-stop";
    case FaultKind::Refused: return "refused";
  }
  return "unknown";
}

}  // namespace kiosk::devices::marlin
