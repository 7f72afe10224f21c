#include <gtest/gtest.h>

#include <chrono>
#include <condition_variable>
#include <map>
#include <mutex>

#include "kiosk/app/ar_service.h"

using namespace std::chrono_literals;
using kiosk::devices::WorkerState;
using kiosk::devices::WorkerStatus;

namespace {

// What the staff dashboard sees: the last status of each worker, and the frames the screen gets.
class ArWatcher {
 public:
  void status(WorkerStatus s) {
    std::lock_guard lock(m_mutex);
    m_last[s.source] = s;
    m_changed.notify_all();
  }
  void frame() {
    std::lock_guard lock(m_mutex);
    ++m_frames;
    m_changed.notify_all();
  }
  bool waitFor(const std::string& source, WorkerState state, std::chrono::milliseconds limit) {
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, limit, [&] {
      auto it = m_last.find(source);
      return it != m_last.end() && it->second.state == state;
    });
  }
  bool waitForFramesBeyond(int count, std::chrono::milliseconds limit) {
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, limit, [&] { return m_frames > count; });
  }
  int frames() {
    std::lock_guard lock(m_mutex);
    return m_frames;
  }
  std::string detail(const std::string& source) {
    std::lock_guard lock(m_mutex);
    return m_last[source].detail;
  }

 private:
  std::mutex m_mutex;
  std::condition_variable m_changed;
  std::map<std::string, WorkerStatus> m_last;
  int m_frames = 0;
};

kiosk::app::ArServiceOptions smallSyntheticCamera() {
  kiosk::app::ArServiceOptions options;
  options.camera.kind = kiosk::devices::camera::SourceKind::Synthetic;
  options.camera.width = 320;
  options.camera.height = 240;
  options.markers = {1, 2, 3};
  return options;
}

}  // namespace

// Between visits both AR threads are parked; the dashboard must say so for the detector as for
// the camera, not show it Running.
TEST(ArService, BothThreadsReportPausedBetweenVisitsAndRunningAgainOnTheNext) {
  ArWatcher watcher;
  kiosk::app::ArService service(
      smallSyntheticCamera(), [&](kiosk::core::ArFrame) { watcher.frame(); },
      [&](WorkerStatus s) { watcher.status(std::move(s)); });

  service.setActive(true);
  ASSERT_TRUE(watcher.waitForFramesBeyond(0, 10s)) << "no frame from the synthetic camera";
  EXPECT_TRUE(watcher.waitFor("ar-detector", WorkerState::Running, 1s));

  service.setActive(false);
  EXPECT_TRUE(watcher.waitFor("camera", WorkerState::Stopped, 5s));
  ASSERT_TRUE(watcher.waitFor("ar-detector", WorkerState::Stopped, 5s)) << "the detector still shows as working";
  EXPECT_EQ(watcher.detail("ar-detector"), "paused");
  const int framesWhenParked = watcher.frames();
  EXPECT_FALSE(watcher.waitForFramesBeyond(framesWhenParked, 300ms)) << "frames while nobody looks";

  service.setActive(true);
  EXPECT_TRUE(watcher.waitFor("ar-detector", WorkerState::Running, 5s));
  EXPECT_TRUE(watcher.waitForFramesBeyond(framesWhenParked, 10s)) << "no frames after the next visit starts";
}
