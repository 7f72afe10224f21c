// The benchmark's G-code: (a) a typical job, the start of the shipped keychain tag without its heat-up
// waits; (b) a short-segment stressor: concentric circles of 0.15 mm segments at 60 mm/s (400 segments/s).
#pragma once

#include <filesystem>
#include <string>

namespace pid::bench {

struct BenchJob {
  std::string id;
  std::string description;
  std::filesystem::path file;
  long lines = 0;  // G-code lines that go on the wire
  double motionS = 0;  // what the moves take at their feed rates (no acceleration), plus homing
};

// Writes the typical job from `keychainGcode` (first `maxLines` commands, heat waits removed) into `dir`.
[[nodiscard]] BenchJob writeTypicalJob(const std::filesystem::path& keychainGcode, const std::filesystem::path& dir,
                                       long maxLines);
[[nodiscard]] BenchJob writeShortSegmentJob(const std::filesystem::path& dir, long segments);

}  // namespace pid::bench
