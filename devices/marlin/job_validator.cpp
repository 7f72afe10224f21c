#include "devices/marlin/job_validator.h"

#include <algorithm>
#include <cstdio>
#include <limits>

#include "devices/marlin/gcode_text.h"

namespace kiosk::devices::marlin {
namespace {

std::string at(const JobLine& line) { return "line " + std::to_string(line.sourceLine) + ": "; }

std::string number(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", v);
  return buffer;
}

}  // namespace

Result<JobSummary> validateJob(const PrintJob& job, const JobLimits& limits) {
  if (job.fileBytes > limits.maxFileBytes) {
    return fail(ErrorCode::InvalidData, "the file is " + std::to_string(job.fileBytes) + " bytes, over the limit of " +
                                            std::to_string(limits.maxFileBytes));
  }
  if (job.lines.empty()) return fail(ErrorCode::InvalidData, "the file has no G-code");
  if (job.lines.size() > limits.maxLines) {
    return fail(ErrorCode::InvalidData, "the file has " + std::to_string(job.lines.size()) + " commands, over the limit of " +
                                            std::to_string(limits.maxLines));
  }
  JobSummary summary;
  summary.lines = job.lines.size();
  summary.layers = job.layerCount;
  summary.minX = summary.minY = std::numeric_limits<double>::max();
  summary.maxX = summary.maxY = std::numeric_limits<double>::lowest();
  double pos[3] = {0, 0, 0};
  bool relative = false;
  bool moved = false;
  static constexpr char kAxes[3] = {'X', 'Y', 'Z'};
  const double maxima[3] = {limits.bedX, limits.bedY, limits.maxZ};

  for (const JobLine& line : job.lines) {
    const std::string& cmd = line.command;
    if (cmd.size() > limits.maxCommandLength) {
      return fail(ErrorCode::InvalidData, at(line) + "command longer than " + std::to_string(limits.maxCommandLength) +
                                              " characters (the firmware would truncate it)");
    }
    const std::string code = commandCode(cmd);
    if (limits.forbidden.count(code)) return fail(ErrorCode::InvalidData, at(line) + code + " is not allowed in a demo job");
    if (code == "M104" || code == "M109" || code == "M140" || code == "M190") {
      const bool bed = code == "M140" || code == "M190";
      const double t = std::max(commandParam(cmd, 'S').value_or(0), commandParam(cmd, 'R').value_or(0));
      const double limit = bed ? limits.maxBedC : limits.maxHotendC;
      if (t > limit) {
        return fail(ErrorCode::InvalidData, at(line) + (bed ? "bed" : "hotend") + " temperature " + number(t) +
                                                " °C is above the limit of " + number(limit) + " °C");
      }
      (bed ? summary.maxBedC : summary.maxHotendC) = std::max(bed ? summary.maxBedC : summary.maxHotendC, t);
    } else if (code == "G90") {
      relative = false;
    } else if (code == "G91") {
      relative = true;
    } else if (code == "G28") {
      pos[0] = pos[1] = pos[2] = 0;
    } else if (code == "G92") {
      for (int i = 0; i < 3; ++i) pos[i] = commandParam(cmd, kAxes[i]).value_or(pos[i]);
    } else if (code == "G0" || code == "G1" || code == "G2" || code == "G3") {
      for (int i = 0; i < 3; ++i) {
        if (const auto v = commandParam(cmd, kAxes[i])) pos[i] = relative ? pos[i] + *v : *v;
        if (pos[i] < -limits.tolerance || pos[i] > maxima[i] + limits.tolerance) {
          return fail(ErrorCode::InvalidData, at(line) + std::string(1, kAxes[i]) + " " + number(pos[i]) +
                                                  " mm is outside the build volume (0.." + number(maxima[i]) + " mm)");
        }
      }
      moved = true;
      summary.minX = std::min(summary.minX, pos[0]);
      summary.maxX = std::max(summary.maxX, pos[0]);
      summary.minY = std::min(summary.minY, pos[1]);
      summary.maxY = std::max(summary.maxY, pos[1]);
      summary.maxZ = std::max(summary.maxZ, pos[2]);
    }
  }
  if (!moved) summary.minX = summary.maxX = summary.minY = summary.maxY = 0;
  return summary;
}

}  // namespace kiosk::devices::marlin
