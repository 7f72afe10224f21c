// Fuzzes the G-code reader and job validator (devices/marlin print_job, job_validator,
// gcode_text): what a staff-supplied job file goes through before anything is sent.
#include "devices/marlin/gcode_text.h"
#include "devices/marlin/job_validator.h"
#include "devices/marlin/print_job.h"
#include "tests/fuzz/fuzz_support.h"

using namespace kiosk::devices::marlin;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = kiosk::fuzz::asText(data, size);
  const PrintJob job = parsePrintJob("fuzz.gcode", text);
  JobLimits limits;
  limits.maxLines = 5000;
  (void)validateJob(job, limits);
  for (const JobLine& line : job.lines) {
    if (line.command.empty()) __builtin_trap();  // sanitized lines are never empty
    (void)commandCode(line.command);
    for (const char letter : {'X', 'Y', 'Z', 'E', 'F', 'S', 'T', 'N'}) (void)commandParam(line.command, letter);
  }
  // The line-level helpers on the raw text as one line.
  if (auto sane = sanitizeGcodeLine(text)) {
    (void)commandCode(*sane);
    (void)commandParam(*sane, 'S');
  }
  return 0;
}
