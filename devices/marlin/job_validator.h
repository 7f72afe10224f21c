// Job validation before a print is offered: the file must fit the machine and the kiosk's rules, and
// a rejected file gets one clear reason (with its line number) that staff can act on.
#pragma once

#include <cstddef>
#include <set>
#include <string>

#include "devices/core/error.h"
#include "devices/marlin/print_job.h"

namespace kiosk::devices::marlin {

struct JobLimits {
  double bedX = 220, bedY = 220, maxZ = 250;   // build volume, mm
  double tolerance = 0.5;                      // slicers park a hair outside 0
  double maxHotendC = 260, maxBedC = 100;
  std::size_t maxFileBytes = 20u * 1024 * 1024;
  std::size_t maxLines = 2'000'000;
  // A numbered line "N1234567 <cmd>*123" must stay under Marlin's 96-byte MAX_CMD_SIZE.
  std::size_t maxCommandLength = 80;
  // User waits, emergency stop, EEPROM writes and resets, PID autotune, firmware update, M999 restart.
  std::set<std::string> forbidden = {"M0", "M1", "M112", "M500", "M501", "M502", "M303", "M997", "M999", "M600"};
};

struct JobSummary {
  std::size_t lines = 0;
  int layers = 0;
  double maxHotendC = 0, maxBedC = 0;
  double minX = 0, maxX = 0, minY = 0, maxY = 0, maxZ = 0;
};

[[nodiscard]] Result<JobSummary> validateJob(const PrintJob& job, const JobLimits& limits);

}  // namespace kiosk::devices::marlin
