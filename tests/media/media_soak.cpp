// media-soak: at least N item transitions of very short clips through the real player (libmpv
// render API, FBO, async commands), printing RSS and open file descriptors at the start and the
// end. Fails when either grows past its bound: the Xibo lesson (fd leaks after hours) in a minute.
//   media-soak [--transitions N] [--clips DIR]
// Environment, to isolate where memory goes: SOAK_VISITS=N runs the kiosk's per-visit pattern
// instead (attract loop, stop, library video with subtitles, stop) and prints RSS and the in-use
// heap; SOAK_HWDEC, SOAK_AUDIO=yes|no, SOAK_FADE_MS, SOAK_RESIZE=1 (FBO size changes),
// SOAK_NO_SUBS, SOAK_NO_IMAGES, SOAK_ABORT_MS (leave each screen after that long, as the
// kiosk's soak does), SOAK_EXIT_LIVE (exit without teardown, for heaptrack's leak report).
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <malloc.h>
#include <string>

#include "kiosk/core/process_info.h"
#include "tests/media/player_harness.h"

namespace {

int openFds() {
  int count = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator("/proc/self/fd")) ++count;
  return count - 1;  // the iterator's own descriptor
}

long heapKiB() { return static_cast<long>(mallinfo2().uordblks / 1024); }

long rssKiB() {
  const auto rss = kiosk::core::residentSetKiB();
  return rss ? static_cast<long>(*rss) : -1;
}

// The kiosk's pattern per visit: the attract loop (images and a clip) starts, plays a while and
// stops; the library player opens one video with subtitles and stops. Prints the in-use heap.
int runVisits(kiosk::test::PlayerHarness& harness, int visits, const std::filesystem::path& media) {
  using namespace std::chrono;
  auto& player = harness.player();
  using kiosk::media::PlayEntry;
  const std::vector<PlayEntry> attract = {{"welcome", media / "welcome.png", milliseconds(300)},
                                          {"dash", media / "dashboard-1.png", milliseconds(300)},
                                          {"spares", media / "additive-spares.mp4", {}}};
  const std::vector<PlayEntry> single = {{"ar", media / "ar-maintenance.mp4", {}}};
  const bool subtitles = !std::getenv("SOAK_NO_SUBS");
  const bool images = !std::getenv("SOAK_NO_IMAGES");
  std::vector<PlayEntry> loop;
  for (const PlayEntry& e : attract) {
    if (images || e.stillDuration.count() == 0) loop.push_back(e);
  }
  const bool resize = std::getenv("SOAK_RESIZE") != nullptr;
  const char* abortMs = std::getenv("SOAK_ABORT_MS");  // the kiosk's soak leaves each screen after ~25 ms
  const milliseconds abortAfter(abortMs ? std::atoi(abortMs) : 0);
  const auto idle = [&](milliseconds duration) { harness.runUntil([] { return false; }, duration); };
  // Plays until `shown` or, with SOAK_ABORT_MS, leaves after that long whatever shows.
  const auto playUntil = [&](const std::function<bool()>& shown) {
    if (abortMs) return harness.runUntil([] { return false; }, abortAfter);
    return harness.runUntil(shown, seconds(10));
  };
  for (int visit = 1; visit <= visits; ++visit) {
    if (resize) player.setViewport(192, 108);
    player.play(loop, kiosk::media::PlayMode::Loop);
    const auto t0 = player.view().transitions;
    const auto a = steady_clock::now();
    const bool looped = playUntil(
        [&] { return player.view().transitions >= t0 + (images ? 2 : 1) || player.view().position > 0.3; });
    const auto b = steady_clock::now();
    player.stop();
    idle(milliseconds(30));
    if (subtitles) player.setSubtitleLanguage(visit % 2 ? "it" : "en");
    if (resize) player.setViewport(120, 68);
    player.play(single, kiosk::media::PlayMode::Single);
    const bool played = playUntil([&] { return player.view().position > 0.3 || player.view().failed; });
    if (visit <= 2) std::printf("visit %d: loop %s %.2f s, single %s %.2f s\n", visit, looped ? "ok" : "TIMEOUT",
                                duration<double>(b - a).count(), played ? "ok" : "TIMEOUT",
                                duration<double>(steady_clock::now() - b).count());
    player.stop();
    idle(milliseconds(30));
    if (visit % (visits / 8 > 0 ? visits / 8 : 1) == 0) {
      idle(milliseconds(500));  // mpv's asynchronous stop settles
      malloc_trim(0);
      std::printf("media-soak: visit %d rss=%ld KiB heap=%ld KiB fds=%d\n", visit, rssKiB(), heapKiB(), openFds());
      std::fflush(stdout);
    }
  }
  return 0;
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
  if (const char* hwdec = std::getenv("SOAK_HWDEC")) options.hwdec = hwdec;
  if (const char* fade = std::getenv("SOAK_FADE_MS")) options.fade = std::chrono::milliseconds(std::atoi(fade));
  if (const char* audio = std::getenv("SOAK_AUDIO")) options.audio = std::strcmp(audio, "yes") == 0;
  kiosk::test::PlayerHarness harness(options);
  if (const char* visits = std::getenv("SOAK_VISITS")) {
    const int rc = runVisits(harness, std::atoi(visits), std::filesystem::path(KIOSK_SOURCE_DIR) / "assets" / "media");
    std::fflush(stdout);
    // SOAK_EXIT_LIVE: leave without tearing mpv down, so a heap profiler sees what is live now.
    if (std::getenv("SOAK_EXIT_LIVE")) std::_Exit(rc);
    return rc;
  }
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
                                       std::printf("media-soak: at     transitions=%llu rss=%ld KiB heap=%ld KiB fds=%d\n",
                                                   static_cast<unsigned long long>(player.view().transitions - t0),
                                                   rssKiB(), heapKiB(), openFds());
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
