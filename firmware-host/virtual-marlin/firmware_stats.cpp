#include "firmware-host/virtual-marlin/firmware_stats.h"

#include <cstdio>

namespace pid::firmware {

std::string toJson(const FirmwareStats& s) {
  char buffer[1280];
  std::snprintf(buffer, sizeof buffer,
                "{\"lines_received\":%ld,\"commands_executed\":%ld,\"resends\":%ld,\"corruptions_injected\":%ld,"
                "\"oks_dropped\":%ld,\"resets\":%ld,\"planner_starvations\":%ld,\"starved_seconds\":%.4f,"
                "\"motion_seconds\":%.4f,\"max_queue_depth\":%zu,\"max_planner_depth\":%zu,\"bytes_received\":%ld,"
                "\"bytes_sent\":%ld,\"first_line_to_last_ok_seconds\":%.4f,\"lines_per_second\":%.2f,"
                "\"commands_since_first_move\":%ld,\"first_move_to_last_ok_seconds\":%.4f,"
                "\"stream_lines_per_second\":%.2f,\"exit_reason\":\"%s\"}",
                s.linesReceived, s.commandsExecuted, s.resends, s.corruptionsInjected, s.oksDropped, s.resets,
                s.plannerStarvations, s.starvedSeconds, s.motionSeconds, s.maxQueueDepth, s.maxPlannerDepth,
                s.bytesReceived, s.bytesSent, s.firstLineToLastOkSeconds, s.linesPerSecond, s.commandsSinceFirstMove,
                s.firstMoveToLastOkSeconds, s.streamLinesPerSecond, s.exitReason.c_str());
  return buffer;
}

}  // namespace pid::firmware
