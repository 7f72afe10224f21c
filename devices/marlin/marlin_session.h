// MarlinSession: the Marlin host protocol as a state machine, without I/O or threads. The engine feeds
// it what the port delivers (lines, open/lost events, the clock) and writes what takeOutgoing() returns.
// Tests drive it directly with a fake clock, or through the engine against virtual-marlin.
//
// Safety rules it enforces (see shared/reference/printer.md §6):
//  - "start" while a job runs = the board rebooted: the job fails and is never re-sent.
//  - firmware kill/thermal errors are fatal; so are host thermal faults, resend loops, repeated timeouts:
//    M112 + heaters off, the port is closed, and nothing happens until staff clear the fault.
//  - after a disconnect the first bytes on the new link are heaters off; no job resumes by itself.
#pragma once

#include <chrono>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "devices/core/error.h"
#include "devices/marlin/firmware_reply.h"
#include "devices/marlin/line_sender.h"
#include "devices/marlin/print_job.h"
#include "devices/marlin/printer_options.h"
#include "devices/marlin/printer_snapshot.h"
#include "devices/marlin/thermal_watch.h"

namespace kiosk::devices::marlin {

class MarlinSession {
 public:
  using Clock = std::chrono::steady_clock;
  using TimePoint = Clock::time_point;

  explicit MarlinSession(PrinterOptions options);

  // Link events.
  void opened(std::string port, TimePoint now);
  void lineReceived(std::string_view line, TimePoint now);
  void linkLost(std::string reason, TimePoint now);
  void tick(TimePoint now);

  // Requests. Errors say why a request is refused (wrong state); they change nothing.
  Result<void> startJob(std::shared_ptr<const PrintJob> job, TimePoint now);
  Result<void> pause(TimePoint now);
  Result<void> resume(TimePoint now);
  Result<void> cancel(TimePoint now);
  void emergencyStop(TimePoint now);
  Result<void> sendCommand(std::string command, TimePoint now);  // staff console; not while printing
  // Staff saw the fault: allow reconnecting and new jobs.
  void clearFault();

  // Bytes to write to the port, in order.
  [[nodiscard]] std::string takeOutgoing();
  // True once after a fault that requires closing the port.
  [[nodiscard]] bool takeCloseRequest();
  // The engine reopens the port by itself only when this is true.
  [[nodiscard]] bool mayReconnect() const { return m_snapshot.link != LinkState::Faulted; }

  [[nodiscard]] const PrinterSnapshot& snapshot() const { return m_snapshot; }
  // True once after each change worth showing.
  [[nodiscard]] bool takeChanged();

 private:
  enum class Phase { Closed, Handshake, Identify, Ready };

  void sendHello(TimePoint now);
  void handleOk(const FirmwareReply& reply, TimePoint now);
  void handleResend(long line, TimePoint now);
  void handleTemperature(const TemperatureReading& reading, TimePoint now);
  void finishIdentify(TimePoint now);
  void pump(TimePoint now);
  void writeNumbered(std::string command, std::optional<std::size_t> jobIndex, TimePoint now);
  void writeNumberedResend(TimePoint now);
  void writeUnnumbered(std::string command, TimePoint now);
  bool refuseOverCeiling(const std::string& command, TimePoint now);
  void noteSent(const std::string& command, TimePoint now);
  void fault(FaultKind kind, std::string detail, bool stopPrinter, TimePoint now);
  void endJob(JobState state, TimePoint now);
  void updateJob(TimePoint now);
  void checkTimeouts(TimePoint now);
  [[nodiscard]] bool jobActive() const;
  [[nodiscard]] bool longCommandInFlight() const;
  void setLink(LinkState link);

  PrinterOptions m_options;
  LineSender m_sender;
  ThermalWatch m_watch;
  PrinterSnapshot m_snapshot;
  bool m_changed = true;

  Phase m_phase = Phase::Closed;
  std::string m_out;
  bool m_closeRequested = false;
  bool m_heatersOffOnConnect = false;  // set by a lost link: the next connection starts with heaters off
  int m_hellos = 0;
  bool m_sequenceError = true;         // the last line error was "Line Number is not Last Line Number+1"
  bool m_identified = false;           // M115 answered with FIRMWARE_NAME or Cap: lines
  TimePoint m_identifySince{};
  TimePoint m_lastHello{};
  TimePoint m_connectedAt{};

  std::deque<std::string> m_priority;  // numbered commands that go before job lines
  std::shared_ptr<const PrintJob> m_job;
  std::size_t m_jobNext = 0;
  TimePoint m_jobStart{};
  TimePoint m_heatingSince{};
  bool m_jobRelative = false;          // the job's last G90/G91, restored after the pause lift

  TimePoint m_lastAck{};
  TimePoint m_lastReply{};             // last ok, Resend or error line
  TimePoint m_lastBusy{};
  TimePoint m_lastWaitBreak{};  // the last M108 sent to break a heat wait while cancelling
  TimePoint m_lastWrite{};
  TimePoint m_lastPoll{};
  int m_consecutiveTimeouts = 0;
  TimePoint m_lastSample{};
};

}  // namespace kiosk::devices::marlin
