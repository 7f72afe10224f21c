// media-cpu: plays one file through the real player at a given size for a while and prints the
// process's CPU use from /proc/self/stat (user+system time over wall time; 100 % = one core) and
// the frames drawn. A measurement program, not a test:
//   media-cpu FILE [--seconds 20] [--size 1920x1080] [--hwdec auto-safe]
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

#include "tests/media/player_harness.h"

namespace {

// utime + stime of this process, in seconds.
double cpuSeconds() {
  std::ifstream in("/proc/self/stat");
  std::string line;
  std::getline(in, line);
  std::istringstream fields(line.substr(line.rfind(')') + 2));
  std::string field;
  unsigned long long utime = 0, stime = 0;
  for (int i = 3; i <= 15 && fields >> field; ++i) {
    if (i == 14) utime = std::stoull(field);
    if (i == 15) stime = std::stoull(field);
  }
  return static_cast<double>(utime + stime) / static_cast<double>(sysconf(_SC_CLK_TCK));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: media-cpu FILE [--seconds N] [--size WxH] [--hwdec auto-safe|no]\n");
    return 2;
  }
  double runFor = 20;
  int width = 1920, height = 1080;
  auto options = kiosk::test::PlayerHarness::quietOptions();
  options.hwdec = "auto-safe";
  for (int i = 2; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--seconds") == 0) runFor = std::atof(argv[i + 1]);
    if (std::strcmp(argv[i], "--size") == 0) std::sscanf(argv[i + 1], "%dx%d", &width, &height);
    if (std::strcmp(argv[i], "--hwdec") == 0) options.hwdec = argv[i + 1];
  }
  kiosk::test::PlayerHarness harness(options);
  auto& player = harness.player();
  player.setViewport(width, height);
  player.play({{"clip", argv[1], {}}}, kiosk::media::PlayMode::Loop);
  using namespace std::chrono;
  if (!harness.runUntil([&] { return player.view().hasFrame; }, seconds(10))) {
    std::printf("media-cpu: no frame from %s\n", argv[1]);
    return 1;
  }
  const double cpu0 = cpuSeconds();
  const auto frames0 = player.framesRendered();
  const auto start = steady_clock::now();
  harness.runUntil([] { return false; }, milliseconds(static_cast<long long>(runFor * 1000)));
  const double wall = duration<double>(steady_clock::now() - start).count();
  const double cpu = cpuSeconds() - cpu0;
  const auto frames = player.framesRendered() - frames0;
  std::printf("media-cpu: %s at %dx%d, hwdec=%s: %.1f %% of one core over %.1f s (%.2f cores), %llu frames drawn "
              "(%.1f fps)\n",
              argv[1], width, height, options.hwdec.c_str(), 100.0 * cpu / wall, wall, cpu / wall,
              static_cast<unsigned long long>(frames), static_cast<double>(frames) / wall);
  return 0;
}
