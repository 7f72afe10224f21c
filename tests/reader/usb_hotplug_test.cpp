// Unplug and replug of the reader while the kiosk runs: the testbed (libumockdev, in this process, under
// umockdev-wrapper) adds the virtual reader, removes it, and adds it again with other scans. The worker
// must notice each change through libusb hotplug, say so in its status, and read again without a restart.
#include <umockdev.h>

#include <gtest/gtest.h>

#include <condition_variable>
#include <cstdlib>
#include <fstream>
#include <mutex>
#include <sstream>

#include "devices/reader/usb_reader.h"

namespace {

using namespace kiosk::devices;
using namespace kiosk::devices::reader;
using namespace std::chrono_literals;

struct Plug {
  const char* description;
  const char* sysfs;
  const char* node;
};
constexpr Plug kFirstPort{"reader.umockdev", "/sys/devices/pci0000:00/0000:00:14.0/usb1/1-1", "/dev/bus/usb/001/005"};
// umockdev 0.17 leaves /sys/bus/usb/devices/1-1 behind after remove_device, so the same name cannot be
// added twice; the replug goes to the next port, which also checks the worker follows the new device.
constexpr Plug kSecondPort{"replugged.umockdev", "/sys/devices/pci0000:00/0000:00:14.0/usb1/1-2", "/dev/bus/usb/001/006"};

std::string fixture(const char* name) {
  const char* dir = std::getenv("READER_FIXTURES");
  std::ifstream in(std::string(dir ? dir : ".") + "/" + name);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

struct Collected {
  std::mutex mutex;
  std::condition_variable cv;
  std::vector<std::string> scans;
  std::vector<WorkerStatus> statuses;
  std::vector<std::string> logs;

  bool waitFor(std::function<bool()> done, std::chrono::seconds limit) {
    std::unique_lock lock(mutex);
    return cv.wait_for(lock, limit, done);
  }
  bool sawStatus(WorkerState state, std::string_view part) {
    for (const auto& s : statuses) {
      if (s.state == state && s.detail.find(part) != std::string::npos) return true;
    }
    return false;
  }
};

// The ioctl handler goes in before the device appears: add_from_string already announces the device, and
// a worker that opens it before its handler exists gets LIBUSB_ERROR_IO (it then retries, but the claim
// count would depend on the race).
void plugIn(UMockdevTestbed* bed, const Plug& plug, const char* ioctlFile) {
  GError* error = nullptr;
  const std::string ioctl = std::string(std::getenv("READER_FIXTURES")) + "/" + ioctlFile;
  ASSERT_TRUE(umockdev_testbed_load_ioctl(bed, plug.node, ioctl.c_str(), &error)) << (error ? error->message : "");
  ASSERT_TRUE(umockdev_testbed_add_from_string(bed, fixture(plug.description).c_str(), &error))
      << (error ? error->message : "");
  umockdev_testbed_uevent(bed, plug.sysfs, "add");
}

// The "remove" uevent first; the device files go only after the worker let go of the handle, because
// umockdev's preload aborts the process on an ioctl to a removed node (the kernel would return ENODEV).
void announceUnplug(UMockdevTestbed* bed, const Plug& plug) { umockdev_testbed_uevent(bed, plug.sysfs, "remove"); }
void removeFiles(UMockdevTestbed* bed, const Plug& plug) { umockdev_testbed_remove_device(bed, plug.sysfs); }

TEST(UsbHotplug, ReaderArrivesLeavesAndReadingResumesAfterReplug) {
  if (!std::getenv("READER_FIXTURES")) GTEST_SKIP() << "run it through umockdev-replay.sh";
  // umockdev_in_mock_environment() says no even under umockdev-wrapper (0.17.16), so look for the preload;
  // without it the testbed would not reach libusb and the test would hang rather than fail.
  const char* preload = std::getenv("LD_PRELOAD");
  ASSERT_TRUE(preload && std::string_view(preload).find("umockdev-preload") != std::string_view::npos)
      << "not under umockdev-wrapper";
  UMockdevTestbed* bed = umockdev_testbed_new();
  Collected got;
  UsbReaderOptions options;
  options.ids = {ReaderId{0x16c0, 0x27db}};
  options.retryInterval = 200ms;
  const auto scanSeen = [&](const std::string& text) {
    return [&got, text] { return std::find(got.scans.begin(), got.scans.end(), text) != got.scans.end(); };
  };
  {
    UsbReaderWorker worker(
        options,
        [&](ScanEvent e) {
          std::lock_guard lock(got.mutex);
          got.scans.push_back(e.text);
          got.cv.notify_all();
        },
        [&](WorkerStatus s) {
          std::lock_guard lock(got.mutex);
          got.statuses.push_back(std::move(s));
          got.cv.notify_all();
        },
        [&](std::string line) {
          std::lock_guard lock(got.mutex);
          got.logs.push_back(std::move(line));
        });
    worker.start();
    ASSERT_TRUE(got.waitFor([&] { return got.sawStatus(WorkerState::Degraded, "no reader connected"); }, 5s));

    const auto plugged = std::chrono::steady_clock::now();
    plugIn(bed, kFirstPort, "first.ioctl");
    ASSERT_TRUE(got.waitFor(scanSeen("FIRST-0001"), 10s));
    const auto firstScan = std::chrono::steady_clock::now() - plugged;

    const auto unplugged = std::chrono::steady_clock::now();
    announceUnplug(bed, kFirstPort);
    ASSERT_TRUE(got.waitFor([&] { return got.sawStatus(WorkerState::Degraded, "unplugged"); }, 10s));
    const auto noticed = std::chrono::steady_clock::now() - unplugged;
    removeFiles(bed, kFirstPort);

    const auto replugged = std::chrono::steady_clock::now();
    plugIn(bed, kSecondPort, "second.ioctl");
    ASSERT_TRUE(got.waitFor(scanSeen("SECOND-0002"), 10s));
    const auto resumed = std::chrono::steady_clock::now() - replugged;
    const auto ms = [](auto d) { return static_cast<long long>(std::chrono::duration_cast<std::chrono::milliseconds>(d).count()); };
    std::printf("[ measure  ] plug->first scan %lld ms, unplug->status %lld ms, replug->scan %lld ms\n",
                ms(firstScan), ms(noticed), ms(resumed));
    worker.stop();
  }
  int claims = 0;
  for (const auto& line : got.logs) claims += line.find("claimed") != std::string::npos;
  EXPECT_EQ(claims, 2) << [&] {
    std::string all;
    for (const auto& line : got.logs) all += line + "\n";
    return all;
  }();
  EXPECT_TRUE(got.sawStatus(WorkerState::Running, "reader 16c0:27db on 1-1 ready"));
  EXPECT_TRUE(got.sawStatus(WorkerState::Degraded, "reader 16c0:27db on 1-1 unplugged, waiting for it"));
  EXPECT_TRUE(got.sawStatus(WorkerState::Running, "reader 16c0:27db on 1-2 ready"));
  g_object_unref(bed);
}

}  // namespace
