// Fuzzes the printer demo's job gallery (demos/printer/job_gallery): jobs.toml, then (after a
// "\n----\n" line) the G-code file its entries may name as "a.gcode"; every listed job is validated.
#include "demos/printer/job_gallery.h"
#include "tests/fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const kiosk::fuzz::ScratchDir dir;
  const auto [toml, gcode] = kiosk::fuzz::splitParts(kiosk::fuzz::asText(data, size));
  kiosk::fuzz::writeFile(dir.path() / "jobs.toml", toml);
  kiosk::fuzz::writeFile(dir.path() / "a.gcode", gcode);
  kiosk::fuzz::writeFile(dir.path() / "a.png", "");
  auto gallery = kiosk::demos::loadJobGallery(dir.path(), {"it", "en"});
  if (!gallery) return 0;
  kiosk::devices::marlin::JobLimits limits;
  limits.maxLines = 5000;
  for (const auto& job : gallery->jobs) {
    if (job.durationMin <= 0 || job.title.size() != 2) __builtin_trap();
    (void)kiosk::demos::validateGalleryJob(job, limits);
  }
  return 0;
}
