#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/app/ar_service.h"
#include "tests/unit/status_log.h"

using namespace std::chrono_literals;
using kiosk::devices::WorkerState;
using kiosk::devices::WorkerStatus;
using kiosk::test::StatusLog;
using kiosk::test::WaitableLog;

namespace {

kiosk::app::ArServiceOptions smallSyntheticCamera() {
  kiosk::app::ArServiceOptions options;
  options.camera.kind = kiosk::devices::camera::SourceKind::Synthetic;
  options.camera.width = 320;
  options.camera.height = 240;
  options.markers = {1, 2, 3};
  return options;
}

// The last status `source` published: what the staff dashboard shows for it.
std::optional<WorkerStatus> lastOf(const std::vector<WorkerStatus>& statuses, const std::string& source) {
  for (auto it = statuses.rbegin(); it != statuses.rend(); ++it)
    if (it->source == source) return *it;
  return std::nullopt;
}

auto shows(const std::string& source, WorkerState state) {
  return [=](const std::vector<WorkerStatus>& statuses) {
    const auto last = lastOf(statuses, source);
    return last && last->state == state;
  };
}

auto moreThan(std::size_t count) {
  return [=](const std::vector<std::uint64_t>& frames) { return frames.size() > count; };
}

}  // namespace

// Between visits both AR threads are parked; the dashboard must say so for the detector as for
// the camera, not show it Running.
TEST(ArService, BothThreadsReportPausedBetweenVisitsAndRunningAgainOnTheNext) {
  StatusLog log;
  WaitableLog<std::uint64_t> frames;  // the sequence numbers of the frames the screen got
  kiosk::app::ArService service(
      smallSyntheticCamera(), [&](kiosk::core::ArFrame frame) { frames.push(frame.sequence); }, log.sink());

  service.setActive(true);
  ASSERT_TRUE(frames.waitFor(moreThan(0), 10s)) << "no frame from the synthetic camera";
  EXPECT_TRUE(log.waitFor(shows("ar-detector", WorkerState::Running), 1s));

  service.setActive(false);
  EXPECT_TRUE(log.waitFor(shows("camera", WorkerState::Stopped), 5s));
  ASSERT_TRUE(log.waitFor(shows("ar-detector", WorkerState::Stopped), 5s)) << "the detector still shows as working";
  EXPECT_EQ(lastOf(log.statuses(), "ar-detector")->detail, "paused");
  const std::size_t framesWhenParked = frames.items().size();
  EXPECT_FALSE(frames.waitFor(moreThan(framesWhenParked), 300ms)) << "frames while nobody looks";

  service.setActive(true);
  EXPECT_TRUE(log.waitFor(shows("ar-detector", WorkerState::Running), 5s));
  EXPECT_TRUE(frames.waitFor(moreThan(framesWhenParked), 10s)) << "no frames after the next visit starts";
}
