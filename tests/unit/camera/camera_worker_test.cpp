#include <gtest/gtest.h>

#include <atomic>
#include <thread>
#include <mutex>
#include <vector>

#include "devices/camera/camera_worker.h"
#include "devices/camera/synthetic_source.h"
#include "tests/unit/status_log.h"

namespace cam = kiosk::devices::camera;
using kiosk::devices::ErrorCode;
using kiosk::devices::WorkerState;
using kiosk::devices::WorkerStatus;
using kiosk::test::StatusLog;

namespace {

// A camera that is absent for `missingOpens` opens, then delivers `framesPerSession` frames and is
// "unplugged" (Disconnected), forever: the worker must keep coming back.
class FlakyCamera final : public cam::FrameSource {
 public:
  FlakyCamera(int missingOpens, int framesPerSession) : m_missing(missingOpens), m_perSession(framesPerSession) {}
  kiosk::devices::Result<void> open() override {
    if (m_missing > 0) {
      --m_missing;
      return kiosk::devices::fail(ErrorCode::NotFound, "no camera at /dev/video0");
    }
    m_left = m_perSession;
    return {};
  }
  kiosk::devices::Result<cv::Mat> grab() override {
    if (m_left-- <= 0) return kiosk::devices::fail(ErrorCode::Disconnected, "camera stopped delivering frames");
    return cv::Mat(4, 4, CV_8UC3, cv::Scalar::all(++m_count));
  }
  void close() override {}
  bool isLive() const override { return true; }
  double framesPerSecond() const override { return 30; }
  std::string describe() const override { return "flaky"; }

 private:
  int m_missing;
  int m_perSession;
  int m_left = 0;
  int m_count = 0;
};

cam::CameraWorkerOptions fastRetry() { return {std::chrono::milliseconds(5), std::chrono::milliseconds(20)}; }

}  // namespace

TEST(CameraWorker, SurvivesAMissingCameraAndUnplugsWithStatus) {
  StatusLog log;
  auto slot = std::make_shared<cam::LatestFrameSlot>();
  cam::CameraWorker worker(std::make_unique<FlakyCamera>(3, 5), slot, log.sink(), fastRetry());
  worker.start();
  // Three sessions' worth of frames: two reconnects after unplugs.
  auto frame = slot->waitNewer(14, std::chrono::seconds(5));
  worker.stop();
  ASSERT_TRUE(frame);
  const auto statuses = log.statuses();
  int missing = 0;
  int unplugged = 0;
  int running = 0;
  for (const auto& s : statuses) {
    EXPECT_EQ(s.source, "camera");
    if (s.state == WorkerState::Degraded && s.detail.find("no camera") != std::string::npos) ++missing;
    if (s.state == WorkerState::Degraded && s.detail.find("reconnecting") != std::string::npos) ++unplugged;
    if (s.state == WorkerState::Running) ++running;
  }
  EXPECT_EQ(missing, 1) << "a missing camera is reported once, not on every retry";
  EXPECT_GE(unplugged, 2);
  EXPECT_GE(running, 3);
  EXPECT_EQ(statuses.back().state, WorkerState::Stopped);
}

TEST(CameraWorker, TheSlotHoldsOnlyTheNewestFrame) {
  auto slot = std::make_shared<cam::LatestFrameSlot>();
  cam::CameraSpec spec;
  spec.width = 8;
  spec.height = 8;
  spec.fps = 200;
  cam::CameraWorker worker(std::make_unique<cam::SyntheticSource>(spec, [](std::uint64_t n, cv::Size size) {
                             return cv::Mat(size, CV_8UC3, cv::Scalar::all(static_cast<double>(n % 256)));
                           }),
                           slot, {}, fastRetry());
  worker.start();
  auto first = slot->waitNewer(0, std::chrono::seconds(2));
  ASSERT_TRUE(first);
  std::this_thread::sleep_for(std::chrono::milliseconds(100));  // a slow consumer
  auto later = slot->waitNewer(first->sequence, std::chrono::seconds(2));
  worker.stop();
  ASSERT_TRUE(later);
  // Frames were produced meanwhile, but the consumer gets the newest one, not the next in a queue.
  EXPECT_GT(later->sequence, first->sequence + 3);
  EXPECT_EQ(later->bgr.at<cv::Vec3b>(0, 0)[0], (later->sequence - 1) % 256);
}

namespace {

// A paced (file-like) camera that counts how often it is opened and closed.
class CountingCamera final : public cam::FrameSource {
 public:
  std::atomic<int> opens{0};
  std::atomic<int> closes{0};
  std::atomic<bool> isOpen{false};
  kiosk::devices::Result<void> open() override {
    ++opens;
    isOpen = true;
    return {};
  }
  kiosk::devices::Result<cv::Mat> grab() override {
    EXPECT_TRUE(isOpen) << "grab() on a closed camera";
    return cv::Mat(4, 4, CV_8UC3, cv::Scalar::all(1));
  }
  void close() override {
    if (isOpen.exchange(false)) ++closes;
  }
  bool isLive() const override { return false; }
  double framesPerSecond() const override { return 200; }
  std::string describe() const override { return "counting"; }
};

}  // namespace

TEST(CameraWorker, PauseClosesTheCameraAndResumeOpensItAgain) {
  auto slot = std::make_shared<cam::LatestFrameSlot>();
  auto source = std::make_unique<CountingCamera>();
  CountingCamera& camera = *source;
  cam::CameraWorker worker(std::move(source), slot, {}, fastRetry());
  worker.start();
  ASSERT_TRUE(slot->waitNewer(3, std::chrono::seconds(5)));
  worker.setActive(false);
  const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(2);
  while (camera.isOpen && std::chrono::steady_clock::now() < end) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  EXPECT_FALSE(camera.isOpen) << "a paused camera must be released (another program may want it)";
  EXPECT_EQ(camera.closes, 1);
  const auto paused = slot->waitNewer(0, std::chrono::milliseconds(1));
  ASSERT_TRUE(paused);
  EXPECT_FALSE(slot->waitNewer(paused->sequence, std::chrono::milliseconds(50))) << "no frames while paused";
  worker.setActive(true);
  EXPECT_TRUE(slot->waitNewer(paused->sequence, std::chrono::seconds(5))) << "frames again after the resume";
  EXPECT_EQ(camera.opens, 2);
  worker.stop();
  EXPECT_FALSE(camera.isOpen);
}

TEST(LatestFrameSlot, WaitTimesOutWithoutANewFrame) {
  cam::LatestFrameSlot slot;
  EXPECT_FALSE(slot.waitNewer(0, std::chrono::milliseconds(10)));
  slot.put(cv::Mat(1, 1, CV_8UC3));
  auto frame = slot.waitNewer(0, std::chrono::milliseconds(10));
  ASSERT_TRUE(frame);
  EXPECT_EQ(frame->sequence, 1u);
  EXPECT_FALSE(slot.waitNewer(1, std::chrono::milliseconds(10)));
}
