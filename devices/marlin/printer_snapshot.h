// PrinterSnapshot: the whole printer state as the UI reads it, by value. The engine posts one when
// something changes (at most a few per second); the UI never touches the engine's internals.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "devices/marlin/firmware_info.h"
#include "devices/marlin/temperature.h"

namespace kiosk::devices::marlin {

enum class LinkState { Disconnected, Connecting, Ready, Faulted };
enum class JobState { None, Running, Pausing, Paused, Cancelling, Completed, Cancelled, Failed };

// Why a job or the link stopped. Each maps to a message and a staff action in demos/printer.
enum class FaultKind {
  None,
  Disconnected,        // the USB cable, the port vanished
  NotAnswering,        // the port opened but no handshake
  FirmwareReset,       // "start" mid-print: the board rebooted, the job is lost
  FirmwareHalted,      // kill()/thermal runaway/MAXTEMP...: the firmware stopped itself
  HeaterNotHeating,    // host watch: target raised, temperature did not rise
  TemperatureCeiling,  // above the configured maximum
  CommunicationStuck,  // resend loop, impossible resend request
  Unresponsive,        // repeated ok timeouts
  EmergencyStop,       // M112 from staff
  Refused,             // the printer cannot print safely (e.g. no thermal protection)
};

[[nodiscard]] std::string_view toString(LinkState state);
[[nodiscard]] std::string_view toString(JobState state);
[[nodiscard]] std::string_view toString(FaultKind kind);

struct TemperatureSample {
  double secondsSinceConnect = 0;
  double hotend = 0, hotendTarget = 0, bed = 0, bedTarget = 0;
};

struct JobProgress {
  std::string name;
  std::size_t linesTotal = 0;
  std::size_t linesAcked = 0;
  int layer = 0;
  int layerCount = 0;
  double elapsedS = 0;
  double heatingS = 0;             // part of elapsed spent waiting on M109/M190
  std::optional<double> etaS;      // remaining, from the printing rate (heating excluded)
  [[nodiscard]] double fraction() const {
    return linesTotal == 0 ? 0.0 : static_cast<double>(linesAcked) / static_cast<double>(linesTotal);
  }
};

struct LinkCounters {
  long linesSent = 0;       // numbered lines written, resends included
  long resendRequests = 0;  // "Resend:" lines received
  long resendsIgnored = 0;  // duplicates of a request already served
  long linesResent = 0;
  long timeouts = 0;
  long unknownCommands = 0;
  long firmwareErrors = 0;
};

struct PrinterSnapshot {
  std::uint64_t sequence = 0;
  std::string port;
  LinkState link = LinkState::Disconnected;
  JobState job = JobState::None;
  std::uint64_t jobSerial = 0;     // +1 for every job started: tells this job's states from the previous one's
  bool heating = false;            // an M109/M190 wait is in progress
  bool busy = false;               // the firmware said "busy" recently
  FaultKind fault = FaultKind::None;
  std::string faultDetail;         // firmware text or host reason, for the log and staff panel
  FirmwareInfo firmware;
  std::optional<TemperatureReading> temperature;
  std::vector<TemperatureSample> temperatureHistory;
  JobProgress progress;
  LinkCounters counters;
};

}  // namespace kiosk::devices::marlin
