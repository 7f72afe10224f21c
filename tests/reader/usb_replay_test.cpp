// The real libusb path (UsbReaderWorker) against the virtual reader, under umockdev-run: enumeration by
// VID:PID, the boot-keyboard interface, no detach when no kernel driver is bound, claim, interrupt reads,
// decoding with the Italian layout and framing. umockdev-replay.sh generates the device and the reports
// with virtual-reader; run outside umockdev, the test skips.
#include <gtest/gtest.h>

#include <condition_variable>
#include <cstdlib>
#include <fstream>
#include <mutex>

#include "devices/reader/usb_reader.h"

namespace {

using namespace kiosk::devices;
using namespace kiosk::devices::reader;
using namespace std::chrono_literals;

std::vector<std::string> expectedScans() {
  std::vector<std::string> scans;
  std::ifstream in(std::getenv("READER_SCANS") ? std::getenv("READER_SCANS") : "");
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line[0] != '#') scans.push_back(line);
  }
  return scans;
}

struct Collected {
  std::mutex mutex;
  std::condition_variable cv;
  std::vector<ScanEvent> scans;
  std::vector<WorkerStatus> statuses;
  std::vector<std::string> logs;
};

TEST(UsbReplay, ClaimsTheVirtualReaderAndReadsItsScans) {
  if (!std::getenv("READER_SCANS")) GTEST_SKIP() << "run it through umockdev-replay.sh";
  ASSERT_TRUE(std::getenv("UMOCKDEV_DIR")) << "not under umockdev-run";
  const auto expected = expectedScans();
  ASSERT_FALSE(expected.empty());
  Collected got;
  UsbReaderOptions options;
  options.ids = {ReaderId{0x0c2e, 0x0204}, ReaderId{0x16c0, 0x27db}};
  if (std::getenv("READER_ANY_KEYBOARD")) {  // staff-chosen mode: not listed, taken as a boot keyboard
    options.ids = {};
    options.anyBootKeyboard = true;
    options.excluded = {ReaderId{0x046d, 0xc31c}};  // a staff keyboard
  }
  options.layout = HidLayout::It;
  {
    UsbReaderWorker worker(
        options,
        [&](ScanEvent e) {
          std::lock_guard lock(got.mutex);
          got.scans.push_back(std::move(e));
          got.cv.notify_all();
        },
        [&](WorkerStatus s) {
          std::lock_guard lock(got.mutex);
          got.statuses.push_back(std::move(s));
        },
        [&](std::string line) {
          std::lock_guard lock(got.mutex);
          got.logs.push_back(std::move(line));
        });
    const auto started = std::chrono::steady_clock::now();
    worker.start();
    std::unique_lock lock(got.mutex);
    // umockdev replays the recording in a loop: wait for one round
    ASSERT_TRUE(got.cv.wait_for(lock, 20s, [&] { return got.scans.size() >= expected.size(); }))
        << got.scans.size() << " scans";
    const auto elapsed = std::chrono::steady_clock::now() - started;
    std::printf("[ measure  ] %zu scans over libusb/umockdev in %lld ms\n", expected.size(),
                static_cast<long long>(std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count()));
    lock.unlock();
    worker.stop();
  }
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(got.scans[i].text, expected[i]);
    EXPECT_EQ(got.scans[i].source, "usb:16c0:27db@1-1");  // bus 1, port 1 (the description's devpath)
  }
  bool ready = false;
  for (const auto& s : got.statuses) ready |= s.state == WorkerState::Running && s.detail == "reader 16c0:27db on 1-1 ready";
  EXPECT_TRUE(ready);
  ASSERT_FALSE(got.logs.empty());
  EXPECT_EQ(got.logs.front(), "reader 16c0:27db on 1-1 claimed");  // no kernel driver bound: no detach
  EXPECT_EQ(got.statuses.back().state, WorkerState::Stopped);
}

}  // namespace
