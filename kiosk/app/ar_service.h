// ArService: the camera AR demo's threads, working only while the AR screen is visible: the camera
// worker (capture, newest frame wins, reconnects) and a processing worker (detect + pose on the
// newest frame, RGB for the texture) whose results go to the UI through the app's mailbox. When
// the screen is left the camera is closed and both threads park (no CPU) until the next visit:
// made once, since OpenCV keeps data for every thread that ever ran it. Also: the demo's start-up
// data (cards, synthetic scene).
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include "demos/ar/intrinsics.h"
#include "demos/ar/marker_catalog.h"
#include "devices/camera/camera_spec.h"
#include "devices/camera/camera_worker.h"
#include "devices/camera/synthetic_source.h"
#include "kiosk/core/ar_desk.h"
#include "kiosk/core/config.h"
#include "kiosk/core/technology_areas.h"

namespace kiosk::app {

struct ArServiceOptions {
  devices::camera::CameraSpec camera;
  std::set<int> markers;                                  // the cards' IDs: the only ones accepted
  std::optional<demos::ar::CameraIntrinsics> intrinsics;  // calibrated; else the 65° default
};

// Start-up (UI thread): the cards from assets/ar/markers.toml into the desk; problems listed there.
void loadArDesk(core::ArDesk& desk, const core::Config& config, const std::vector<core::TechnologyArea>& areas);
// The [camera] config as service options; nullopt (and a log line) when the demo is off or misconfigured.
[[nodiscard]] std::optional<ArServiceOptions> arServiceOptions(const core::Config& config, const core::ArDesk& desk);
// The synthetic camera's scenes: the cards moving slowly in front of a cluttered desk.
[[nodiscard]] devices::camera::FrameGenerator arSyntheticScenes(std::set<int> markers);
// Screenshots: the source's first frame through the pipeline, synchronously (no threads, deterministic).
[[nodiscard]] std::optional<core::ArFrame> arFirstFrame(const ArServiceOptions& options);

class ArService {
 public:
  using FrameSink = std::function<void(core::ArFrame)>;

  ArService(ArServiceOptions options, FrameSink frames, devices::StatusSink status);
  ~ArService();
  ArService(const ArService&) = delete;
  ArService& operator=(const ArService&) = delete;

  // UI thread: true when the AR screen shows, false when it is left.
  void setActive(bool active);

 private:
  class Processor;

  ArServiceOptions m_options;
  FrameSink m_frames;
  devices::StatusSink m_status;
  std::unique_ptr<devices::camera::CameraWorker> m_camera;
  std::unique_ptr<Processor> m_processor;
  bool m_active = false;
};

}  // namespace kiosk::app
