// Firmware: Marlin 2.x as seen from the serial port. Bytes arrive through receive() (already paced by
// the caller), advance() runs the simulated machine up to `now` (simulated seconds), and takeOutput()
// returns what the firmware printed. Single-threaded; the caller owns the clock and the pty.
#pragma once

#include <cstddef>
#include <deque>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "firmware-host/virtual-marlin/fault_plan.h"
#include "firmware-host/virtual-marlin/firmware_stats.h"
#include "firmware-host/virtual-marlin/gcode_command.h"
#include "firmware-host/virtual-marlin/motion_planner.h"
#include "firmware-host/virtual-marlin/thermal_model.h"

namespace pid::firmware {

struct FirmwareConfig {
  std::size_t bufsize = 4;          // BUFSIZE: queued commands
  std::size_t plannerBlocks = 16;   // BLOCK_BUFFER_SIZE
  std::size_t rxBufferBytes = 128;  // RX_BUFFER_SIZE: bytes read ahead of the command queue
  bool advancedOk = true;
  bool autoreportTemp = true;       // Cap:AUTOREPORT_TEMP
  bool emergencyParser = true;      // Cap:EMERGENCY_PARSER: M112/M108 act on arrival, even with a full queue
  int extruders = 1;
  double bootS = 0.3;               // after a reset, input is ignored this long, then "start"
  double homingS = 2.0;
  double keepaliveS = 2.0;          // M113 default: "busy: processing" interval
  double defaultFeedMmPerMin = 1500;
};

class Firmware {
 public:
  using Trace = std::function<void(std::string_view)>;
  Firmware(FirmwareConfig config, FaultPlan faults, Trace trace);

  // Power-on or reset: state lost; with `announce`, input is ignored for the boot time, then "start".
  void reset(double now, bool announce = true);
  // After a disconnect, a new link: the MCU kept running (heaters, queue), only the RX bytes are lost.
  void linkRestored();

  // Bytes off the wire. Each passes the emergency parser on arrival (Marlin runs it in the RX interrupt),
  // then waits until the RX buffer has room: a full command queue stalls reading, never the e-parser.
  void receive(std::string_view bytes, double now);
  void advance(double now);
  [[nodiscard]] std::string takeOutput();

  [[nodiscard]] bool halted() const { return m_halted; }
  [[nodiscard]] bool disconnectRequested() const { return m_disconnect; }
  [[nodiscard]] FirmwareStats stats() const;
  // Counts of "ok" lines written, so the caller can time the last one.
  [[nodiscard]] long oksSent() const { return m_oksSent; }
  // Commands executed before the first G0/G1 (handshake, setup); -1 while no move has run.
  [[nodiscard]] long commandsBeforeFirstMove() const { return m_beforeFirstMove; }

 private:
  struct Queued {
    std::optional<long> number;
    GcodeCommand cmd;
    bool dropOk = false;
  };
  struct Active {  // progress of the head command across advance() calls
    bool started = false;
    double since = 0;
    double until = 0;
    double nextBusy = 0;
    double nextTempReport = 0;
  };
  enum class Step { Done, Wait };

  void fillRxBuffer();
  void readCommands(double now);
  void acceptLine(std::string line, double now);
  void lineError(std::string_view message);
  void processQueue(double now);
  Step execute(Queued& q, double now);
  Step move(const GcodeCommand& cmd, double now);
  Step waitForHeater(ThermalModel& heater, bool exact, double now);
  void sendOk();
  void kill(std::string_view reason);
  void emit(std::string_view line);
  void emergencyParse(char c);
  [[nodiscard]] std::string temperatureReport() const;
  [[nodiscard]] ThermalModel& hotend(const GcodeCommand& cmd);

  const FirmwareConfig m_config;
  const FaultPlan m_faults;
  Trace m_trace;

  std::string m_uart;  // arrived, not yet in the RX buffer
  std::string m_rx;
  bool m_skipToNewline = false;
  std::string m_eparserLine;
  std::deque<Queued> m_queue;
  Active m_active;
  MotionPlanner m_planner;
  std::vector<ThermalModel> m_hotends;
  ThermalModel m_bed;
  std::string m_out;

  long m_lastN = 0;
  std::set<long> m_corrupted;
  std::set<long> m_faultFired;
  bool m_halted = false;
  bool m_disconnect = false;
  bool m_breakWait = false;
  std::optional<double> m_bootUntil;
  double m_lastAdvance = 0;
  double m_autoreportS = 0;
  double m_nextAutoreport = 0;
  double m_keepaliveS;

  bool m_absolute = true;
  bool m_absoluteE = true;
  double m_pos[4] = {0, 0, 0, 0};
  double m_feedMmPerMin;

  FirmwareStats m_stats;
  long m_oksSent = 0;
  long m_beforeFirstMove = -1;
};

}  // namespace pid::firmware
