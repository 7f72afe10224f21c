// PrinterOptions: everything about one printer the engine needs, normally from the kiosk config.
#pragma once

#include <chrono>
#include <cstddef>

#include "devices/marlin/job_validator.h"

namespace kiosk::devices::marlin {

using namespace std::chrono_literals;

struct PrinterOptions {
  JobLimits limits;  // also the host-side temperature ceiling

  // Handshake.
  std::chrono::milliseconds helloInterval = 2000ms;  // resend "M110 N0" this often while connecting
  int helloAttempts = 5;                             // then the printer is "not answering"
  std::chrono::milliseconds reconnectInterval = 1000ms;

  // Streaming.
  std::size_t fallbackWindow = 2;  // lines in flight without ADVANCED_OK: 2 x 96 B fits any RX buffer
  std::size_t maxWindow = 8;       // never more than this, whatever B says
  std::size_t historySize = 64;    // sent lines kept for resends
  int maxConsecutiveResends = 10;  // the same line asked again and again: the link is broken
  // Quiet this long in the middle of a resend episode: the resent line was lost too, rewind again.
  std::chrono::milliseconds resendStallTimeout = 300ms;

  // Liveness.
  std::chrono::milliseconds okTimeout = 5000ms;         // no ok (nor busy) while lines are in flight
  std::chrono::milliseconds longCommandTimeout = 60000ms;  // G28/M109/M400... on firmware without busy:
  int maxConsecutiveTimeouts = 5;                       // then the printer is unresponsive

  // Temperatures.
  std::chrono::milliseconds temperatureInterval = 2000ms;  // M155 S2, or M105 polling
  std::chrono::milliseconds hotendWatchPeriod = 40000ms;   // a raised target must show +watchRise by then
  std::chrono::milliseconds bedWatchPeriod = 90000ms;
  double watchRiseC = 2.0;
  std::size_t temperatureHistory = 600;  // samples kept for the plot (20 min at 2 s)

  bool requireThermalProtection = true;  // refuse to print on firmware reporting Cap:THERMAL_PROTECTION:0
};

}  // namespace kiosk::devices::marlin
