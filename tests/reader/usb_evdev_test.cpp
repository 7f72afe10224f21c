// The evdev fallback under umockdev-run: the event node of a hand-written keyboard-wedge reader, grabbed
// with EVIOCGRAB, replaying evdev-scans.evemu (a US reader typing "Ab1-" and "0042", with Shift, an
// autorepeat event and Enter). Skipped outside umockdev-replay.sh.
#include <gtest/gtest.h>

#include <condition_variable>
#include <cstdlib>
#include <mutex>

#include "devices/reader/evdev_reader.h"

namespace {

using namespace kiosk::devices;
using namespace kiosk::devices::reader;
using namespace std::chrono_literals;

TEST(EvdevReplay, GrabsTheEventNodeAndReadsItsScans) {
  if (!std::getenv("READER_EVDEV")) GTEST_SKIP() << "run it through umockdev-replay.sh";
  ASSERT_TRUE(std::getenv("UMOCKDEV_DIR")) << "not under umockdev-run";
  std::mutex m;
  std::condition_variable cv;
  std::vector<ScanEvent> scans;
  std::vector<std::string> logs;
  std::vector<WorkerStatus> statuses;
  EvdevReaderOptions options;
  options.path = std::getenv("READER_EVDEV");
  {
    EvdevReaderWorker worker(
        options,
        [&](ScanEvent e) {
          std::lock_guard lock(m);
          scans.push_back(std::move(e));
          cv.notify_all();
        },
        [&](WorkerStatus s) {
          std::lock_guard lock(m);
          statuses.push_back(std::move(s));
        },
        [&](std::string line) {
          std::lock_guard lock(m);
          logs.push_back(std::move(line));
        });
    worker.start();
    std::unique_lock lock(m);
    ASSERT_TRUE(cv.wait_for(lock, 10s, [&] { return scans.size() >= 2; })) << scans.size() << " scans";
    lock.unlock();
    worker.stop();
  }
  EXPECT_EQ(scans[0].text, "Ab1-");
  EXPECT_EQ(scans[1].text, "0042");
  EXPECT_EQ(scans[0].source, "evdev:" + options.path);
  ASSERT_FALSE(logs.empty());
  EXPECT_EQ(logs.front(), "reader " + options.path + " grabbed");
  bool ready = false;
  for (const auto& s : statuses) ready |= s.state == WorkerState::Running && s.detail == "reader " + options.path + " ready";
  EXPECT_TRUE(ready);
}

}  // namespace
