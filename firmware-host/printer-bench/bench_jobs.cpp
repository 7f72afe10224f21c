#include "firmware-host/printer-bench/bench_jobs.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstdio>
#include <fstream>

namespace pid::bench {
namespace {

// Seconds of motion in a G-code file, for the run's timeout: distance / feed rate, G28 as 2 s.
double estimateMotionSeconds(const std::filesystem::path& file) {
  std::ifstream in(file);
  double pos[3] = {0, 0, 0}, feed = 1500, seconds = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("G28", 0) == 0) seconds += 2;
    if (line.rfind("G0 ", 0) != 0 && line.rfind("G1 ", 0) != 0) continue;
    double next[3] = {pos[0], pos[1], pos[2]};
    for (std::size_t i = 0; i < line.size(); ++i) {
      const char c = line[i];
      if (c == ';') break;
      const double v = std::atof(line.c_str() + i + 1);
      if (c == 'X') next[0] = v;
      if (c == 'Y') next[1] = v;
      if (c == 'Z') next[2] = v;
      if (c == 'F' && v > 0) feed = v;
    }
    seconds += std::hypot(next[0] - pos[0], next[1] - pos[1], next[2] - pos[2]) / (feed / 60.0);
    std::copy(next, next + 3, pos);
  }
  return seconds;
}

}  // namespace

BenchJob writeTypicalJob(const std::filesystem::path& keychainGcode, const std::filesystem::path& dir, long maxLines) {
  BenchJob job{"a-typical", "keychain tag, first layers", dir / "typical.gcode", 0};
  std::ifstream in(keychainGcode);
  std::ofstream out(job.file);
  for (std::string line; std::getline(in, line) && job.lines < maxLines;) {
    // Heat-up waits would only measure the thermal model; the stream is what is compared.
    if (line.rfind("M109", 0) == 0 || line.rfind("M190", 0) == 0) continue;
    out << line << '\n';
    if (!line.empty() && line[0] != ';') ++job.lines;
  }
  out.close();
  job.motionS = estimateMotionSeconds(job.file);
  return job;
}

BenchJob writeShortSegmentJob(const std::filesystem::path& dir, long segments) {
  BenchJob job{"b-short-segments", "0.15 mm arcs at 60 mm/s", dir / "short-segments.gcode", 0};
  std::ofstream out(job.file);
  out << "G90\nM83\nG92 X125 Y110 Z0.2 E0\nG1 F3600\n";
  job.lines = 4;
  const double cx = 110, cy = 110, seg = 0.15;
  double r = 15;
  char buffer[96];
  while (job.lines < segments) {
    const int n = static_cast<int>(2 * M_PI * r / seg);
    for (int i = 1; i <= n && job.lines < segments; ++i) {
      const double a = 2 * M_PI * i / n;
      std::snprintf(buffer, sizeof buffer, "G1 X%.3f Y%.3f E%.5f\n", cx + r * std::cos(a), cy + r * std::sin(a), 0.0055);
      out << buffer;
      ++job.lines;
    }
    r = r > 4 ? r - 0.45 : 15;
  }
  out.close();
  job.motionS = estimateMotionSeconds(job.file);
  return job;
}

}  // namespace pid::bench
