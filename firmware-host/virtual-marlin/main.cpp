// virtual-marlin: a Marlin 2.x printer on a pseudo-terminal, for tests and benchmarks without hardware.
//   virtual-marlin --link /tmp/printer --baud 115200 [--faults corrupt=0.01,...] [--seed 7] [--stats out.json]
// Prints JSON stats on exit (SIGTERM/SIGINT, or the injected disconnect).
#include <poll.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <thread>

#include <CLI/CLI.hpp>

#include "firmware-host/virtual-marlin/fault_plan.h"
#include "firmware-host/virtual-marlin/firmware.h"
#include "firmware-host/virtual-marlin/pty_port.h"
#include "firmware-host/virtual-marlin/serial_wire.h"

namespace {

using Clock = std::chrono::steady_clock;
volatile std::sig_atomic_t g_stop = 0;

void onSignal(int) { g_stop = 1; }

struct Options {
  std::string link;
  long baud = 115200;
  std::string faults;
  std::uint64_t seed = 1;
  std::string statsFile;
  std::string traceFile;
  double timeScale = 1.0;
  bool noResetOnOpen = false;
  pid::firmware::FirmwareConfig firmware;
};

}  // namespace

int main(int argc, char** argv) {
  using namespace pid::firmware;
  Options opt;
  bool noAdvancedOk = false, noAutoreport = false, noEmergencyParser = false;
  CLI::App app("Virtual Marlin 2.x printer on a pseudo-terminal");
  app.option_defaults()->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);  // later options win
  app.add_option("--link", opt.link, "symlink to create for the pty slave")->required();
  app.add_option("--baud", opt.baud, "simulated serial speed in both directions (0 = unpaced)");
  app.add_option("--faults", opt.faults,
                 "corrupt=P,drop-ok=P,reset-at=N,runaway-at=N,disconnect-at=N,reappear-after=S,"
                 "resend-loop-at=N,dead-heater,resend-without-ok");
  app.add_option("--seed", opt.seed, "seed for the random faults");
  app.add_option("--stats", opt.statsFile, "also write the JSON stats to this file");
  app.add_option("--trace", opt.traceFile, "write every executed command (and fault events) to this file");
  app.add_option("--time-scale", opt.timeScale, "simulated seconds per real second (heating, moves, dwell)")
      ->check(CLI::PositiveNumber);
  app.add_option("--bufsize", opt.firmware.bufsize, "BUFSIZE (command queue)")->check(CLI::Range(1, 64));
  app.add_option("--planner-blocks", opt.firmware.plannerBlocks, "BLOCK_BUFFER_SIZE")->check(CLI::Range(1, 256));
  app.add_option("--extruders", opt.firmware.extruders, "hotends")->check(CLI::Range(1, 8));
  double bootMs = 300;
  app.add_option("--boot-ms", bootMs, "boot time after a reset, real milliseconds")->check(CLI::NonNegativeNumber);
  app.add_flag("--no-advanced-ok", noAdvancedOk, "plain \"ok\" replies");
  app.add_flag("--no-autoreport", noAutoreport, "Cap:AUTOREPORT_TEMP:0");
  app.add_flag("--no-emergency-parser", noEmergencyParser, "Cap:EMERGENCY_PARSER:0");
  app.add_flag("--no-reset-on-open", opt.noResetOnOpen, "native USB: opening the port does not reboot the board");
  CLI11_PARSE(app, argc, argv);
  opt.firmware.bootS = bootMs / 1000.0 * opt.timeScale;  // the firmware counts simulated seconds
  opt.firmware.advancedOk = !noAdvancedOk;
  opt.firmware.autoreportTemp = !noAutoreport;
  opt.firmware.emergencyParser = !noEmergencyParser;

  std::string error;
  const auto faults = parseFaultPlan(opt.faults, opt.seed, error);
  if (!faults) {
    std::cerr << "virtual-marlin: " << error << "\n";
    return 2;
  }
  std::ofstream trace;
  if (!opt.traceFile.empty()) trace.open(opt.traceFile, std::ios::trunc);
  Firmware firmware(opt.firmware, *faults, [&](std::string_view line) {
    if (trace) trace << line << '\n' << std::flush;
  });

  auto port = PtyPort::create(opt.link, error);
  if (!port) {
    std::cerr << "virtual-marlin: " << error << "\n";
    return 1;
  }
  struct sigaction sa {};
  sa.sa_handler = onSignal;
  sigaction(SIGTERM, &sa, nullptr);
  sigaction(SIGINT, &sa, nullptr);
  std::signal(SIGPIPE, SIG_IGN);

  const auto start = Clock::now();
  auto simNow = [&](Clock::time_point t) { return std::chrono::duration<double>(t - start).count() * opt.timeScale; };
  SerialWire toPrinter(opt.baud), toHost(opt.baud);
  firmware.reset(0, false);  // powered and booted before anyone connects
  bool hostOpen = false;
  std::optional<Clock::time_point> firstLine, firstMove, lastOk, reappearAt;
  long oksSeen = 0;
  std::string exitReason = "signal";
  char buffer[4096];

  while (!g_stop) {
    const auto now = Clock::now();
    if (reappearAt) {  // between a disconnect and the new enumeration: the MCU keeps running
      firmware.advance(simNow(now));
      (void)firmware.takeOutput();
      if (now >= *reappearAt) {
        port = PtyPort::create(opt.link, error);
        if (!port) {
          std::cerr << "virtual-marlin: " << error << "\n";
          break;
        }
        firmware.linkRestored();
        reappearAt.reset();
        hostOpen = false;
      } else {
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
      }
      continue;
    }
    pollfd pfd{port->fd(), POLLIN, 0};
    auto wake = now + std::chrono::milliseconds(1);
    if (const auto next = toHost.nextArrival()) wake = std::min(wake, *next);
    if (const auto next = toPrinter.nextArrival()) wake = std::min(wake, *next);
    const auto waitUs = std::chrono::duration_cast<std::chrono::microseconds>(wake - now).count();
    const timespec ts{0, std::max<long>(0, static_cast<long>(waitUs)) * 1000};
    const int ready = ::ppoll(&pfd, 1, &ts, nullptr);
    const auto t = Clock::now();
    // POLLHUP on the master: no process has the slave open. Opening it is the DTR edge that resets
    // a board with a USB-serial bridge.
    const bool open = ready >= 0 && !(pfd.revents & POLLHUP);
    if (open && !hostOpen && !opt.noResetOnOpen) {
      firmware.reset(simNow(t), true);
      toHost.clear();
      toPrinter.clear();
    }
    hostOpen = open;
    if (!open) std::this_thread::sleep_for(std::chrono::milliseconds(2));

    // Read only while the wire holds little: the rest waits in the host's tty buffer (back-pressure).
    // Bytes written just before the host closed are still read: a last M112 must arrive.
    if ((pfd.revents & POLLIN) && toPrinter.inTransit() < 256) {
      const ssize_t n = ::read(port->fd(), buffer, sizeof buffer / 8);
      if (n > 0) toPrinter.push(std::string_view(buffer, static_cast<std::size_t>(n)), t);
    }
    const std::string arrived = toPrinter.popArrived(t, sizeof buffer);
    if (!arrived.empty()) firmware.receive(arrived, simNow(t));
    firmware.advance(simNow(t));
    if (!firstLine && firmware.stats().linesReceived > 0) firstLine = t;
    if (!firstMove && firmware.commandsBeforeFirstMove() >= 0) firstMove = t;
    if (firmware.oksSent() != oksSeen) {
      oksSeen = firmware.oksSent();
      lastOk = t;
    }
    const std::string out = firmware.takeOutput();
    if (!out.empty()) toHost.push(out, t);
    const std::string due = toHost.popArrived(t, sizeof buffer);
    if (!due.empty() && open) {
      std::size_t written = 0;
      while (written < due.size()) {
        const ssize_t w = ::write(port->fd(), due.data() + written, due.size() - written);
        if (w > 0) written += static_cast<std::size_t>(w);
        else if (w < 0 && errno != EINTR) break;  // host buffer full: the rest is lost, like a UART
      }
    }
    if (firmware.disconnectRequested()) {
      port->close();
      toHost.clear();
      toPrinter.clear();
      if (!faults->reappearAfterS) {
        exitReason = "disconnect";
        break;
      }
      reappearAt = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                      std::chrono::duration<double>(*faults->reappearAfterS));
    }
  }

  FirmwareStats stats = firmware.stats();
  stats.exitReason = exitReason;
  if (firstLine && lastOk && *lastOk > *firstLine) {
    stats.firstLineToLastOkSeconds = std::chrono::duration<double>(*lastOk - *firstLine).count();
    stats.linesPerSecond = static_cast<double>(stats.commandsExecuted) / stats.firstLineToLastOkSeconds;
  }
  if (firstMove && lastOk && *lastOk > *firstMove) {
    stats.commandsSinceFirstMove = stats.commandsExecuted - firmware.commandsBeforeFirstMove();
    stats.firstMoveToLastOkSeconds = std::chrono::duration<double>(*lastOk - *firstMove).count();
    stats.streamLinesPerSecond = static_cast<double>(stats.commandsSinceFirstMove) / stats.firstMoveToLastOkSeconds;
  }
  const std::string json = toJson(stats);
  std::cout << json << std::endl;
  if (!opt.statsFile.empty()) std::ofstream(opt.statsFile, std::ios::trunc) << json << '\n';
  return 0;
}
