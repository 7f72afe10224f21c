// FirmwareStats: what the virtual printer counted, printed as JSON when it exits.
#pragma once

#include <cstddef>
#include <string>

namespace pid::firmware {

struct FirmwareStats {
  long linesReceived = 0;        // every non-empty line that reached the firmware, good or bad
  long commandsExecuted = 0;
  long resends = 0;              // "Resend:" requests sent
  long corruptionsInjected = 0;
  long oksDropped = 0;
  long resets = 0;
  long plannerStarvations = 0;
  double starvedSeconds = 0;     // simulated seconds the planner stood empty while the job went on
  double motionSeconds = 0;      // simulated seconds of motion executed
  std::size_t maxQueueDepth = 0;
  std::size_t maxPlannerDepth = 0;
  long bytesReceived = 0;
  long bytesSent = 0;
  double firstLineToLastOkSeconds = 0;  // wall clock, first received line to the last ok sent
  double linesPerSecond = 0;            // commandsExecuted / firstLineToLastOkSeconds
  long commandsSinceFirstMove = 0;      // from the first G0/G1 on: the job as streamed, without the handshake
  double firstMoveToLastOkSeconds = 0;
  double streamLinesPerSecond = 0;      // commandsSinceFirstMove / firstMoveToLastOkSeconds
  std::string exitReason;
};

[[nodiscard]] std::string toJson(const FirmwareStats& stats);

}  // namespace pid::firmware
