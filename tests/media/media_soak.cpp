// media-soak: at least N item transitions of very short clips through the real player (libmpv
// render API, FBO, async commands), printing RSS and open file descriptors at the start and the
// end. Fails when either grows past its bound: the Xibo lesson (fd leaks after hours) in a minute.
//   media-soak [--transitions N] [--clips DIR]
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>

#include "kiosk/core/process_info.h"
#include "tests/media/player_harness.h"

namespace {

int openFds() {
  int count = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator("/proc/self/fd")) ++count;
  return count - 1;  // the iterator's own descriptor
}

long rssKiB() {
  const auto rss = kiosk::core::residentSetKiB();
  return rss ? static_cast<long>(*rss) : -1;
}

}  // namespace

int main(int argc, char** argv) {
  std::uint64_t target = 1000;
  std::filesystem::path clips = std::filesystem::path(KIOSK_SOURCE_DIR) / "tests" / "media" / "clips";
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strcmp(argv[i], "--transitions") == 0) target = std::strtoull(argv[i + 1], nullptr, 10);
    if (std::strcmp(argv[i], "--clips") == 0) clips = argv[i + 1];
  }
  using namespace std::chrono;
  auto options = kiosk::test::PlayerHarness::quietOptions();
  // SOAK_PREFETCH=yes reproduces the growth that keeps mpv's prefetch-playlist off.
  if (const char* prefetch = std::getenv("SOAK_PREFETCH")) options.prefetch = std::strcmp(prefetch, "yes") == 0;
  kiosk::test::PlayerHarness harness(options);
  auto& player = harness.player();
  std::vector<kiosk::media::PlayEntry> entries;
  for (const char* name : {"soak-red", "soak-green", "soak-blue", "soak-yellow"}) {
    entries.push_back({name, clips / (std::string(name) + ".mp4"), {}});
  }
  player.play(entries, kiosk::media::PlayMode::Loop);
  // The start is measured once the loop runs (decoders and GL set up), like a kiosk after boot.
  if (!harness.runUntil([&] { return player.view().transitions >= 20; }, seconds(60))) {
    std::printf("media-soak: FAILED, the loop did not start\n");
    return 1;
  }
  const long rssStart = rssKiB();
  const int fdStart = openFds();
  const std::uint64_t t0 = player.view().transitions;
  const auto started = steady_clock::now();
  std::printf("media-soak: prefetch-playlist=%s, clips of 0.08 s\n", options.prefetch ? "yes" : "no");
  std::printf("media-soak: start  transitions=%llu rss=%ld KiB fds=%d\n", static_cast<unsigned long long>(t0),
              rssStart, fdStart);
  std::fflush(stdout);
  // Progress every quarter: a leak grows steadily, allocator warm-up levels off.
  std::uint64_t nextReport = t0 + target / 4;
  const bool done = harness.runUntil([&] { return player.view().transitions - t0 >= target; }, minutes(5),
                                     [&](kiosk::test::PlayerHarness::Clock::time_point) {
                                       if (player.view().transitions < nextReport) return;
                                       nextReport += target / 4;
                                       std::printf("media-soak: at     transitions=%llu rss=%ld KiB fds=%d\n",
                                                   static_cast<unsigned long long>(player.view().transitions - t0),
                                                   rssKiB(), openFds());
                                       std::fflush(stdout);
                                     });
  const double elapsed = duration<double>(steady_clock::now() - started).count();
  const long rssEnd = rssKiB();
  const int fdEnd = openFds();
  const auto transitions = player.view().transitions - t0;
  std::printf("media-soak: end    transitions=%llu rss=%ld KiB fds=%d  (%.1f s, %.1f transitions/s, %llu frames, "
              "%zu playback errors)\n",
              static_cast<unsigned long long>(transitions), rssEnd, fdEnd, elapsed,
              static_cast<double>(transitions) / elapsed, static_cast<unsigned long long>(player.framesRendered()),
              player.takeProblems().size());
  std::printf("media-soak: growth rss=%+ld KiB fds=%+d\n", rssEnd - rssStart, fdEnd - fdStart);
  bool ok = done;
  if (!done) std::printf("media-soak: FAILED, only %llu transitions\n", static_cast<unsigned long long>(transitions));
  // Bounds: allocator and driver caches settle in the first minutes; a leak per transition
  // (a demuxer, a decoder, a GL texture) would be megabytes over 1,000 of them.
  if (fdEnd - fdStart > 2) {
    std::printf("media-soak: FAILED, file descriptors grew by %d\n", fdEnd - fdStart);
    ok = false;
  }
  if (rssEnd - rssStart > 16 * 1024) {
    std::printf("media-soak: FAILED, RSS grew by %ld KiB\n", rssEnd - rssStart);
    ok = false;
  }
  return ok ? 0 : 1;
}
