#include "kiosk/app/ar_service.h"

#include <spdlog/spdlog.h>

#include "demos/ar/synthetic_scene.h"
#include "devices/camera/make_source.h"
#include "kiosk/app/ar_pipeline.h"

namespace kiosk::app {

namespace cam = devices::camera;

// Waits for the newest camera frame, processes it, hands it on. A slow frame means the next one
// processed is the newest, never a backlog.
class ArService::Processor final : public devices::Worker {
 public:
  Processor(ArServiceOptions options, std::shared_ptr<cam::LatestFrameSlot> slot, FrameSink sink,
            devices::StatusSink status)
      : Worker("ar-detector", std::move(status)),
        m_options(std::move(options)),
        m_slot(std::move(slot)),
        m_sink(std::move(sink)) {}
  ~Processor() override { stop(); }

 private:
  void run(std::stop_token stop) override {
    demos::ar::DetectorOptions detector;
    detector.acceptedIds = m_options.markers;
    std::uint64_t last = 0;
    while (waitUntilActive(stop)) {
      // A fresh track (tracking windows, pose smoothing) for each visit to the screen.
      ArPipeline pipeline(detector, m_options.intrinsics);
      publish(devices::WorkerState::Running, {});
      const auto origin = std::chrono::steady_clock::now();
      while (active() && !stop.stop_requested()) {
        auto frame = m_slot->waitNewer(last, std::chrono::milliseconds(200), stop);
        if (!frame) continue;
        last = frame->sequence;
        const double t = std::chrono::duration<double>(frame->capturedAt - origin).count();
        m_sink(pipeline.process(frame->bgr, frame->sequence, t));
      }
    }
  }

  ArServiceOptions m_options;
  std::shared_ptr<cam::LatestFrameSlot> m_slot;
  FrameSink m_sink;
};

namespace {

std::vector<float> interleaved(const demos::ar::ObjMesh& mesh) {
  std::vector<float> out;
  out.reserve(mesh.positions.size() * 6);
  for (std::size_t i = 0; i < mesh.positions.size(); ++i) {
    out.insert(out.end(), mesh.positions[i].begin(), mesh.positions[i].end());
    out.insert(out.end(), mesh.normals[i].begin(), mesh.normals[i].end());
  }
  return out;
}

}  // namespace

void loadArDesk(core::ArDesk& desk, const core::Config& config, const std::vector<core::TechnologyArea>& areas) {
  desk.cameraConfigured = config.camera.enabled();
  std::set<std::string> codes;
  for (const auto& area : areas) codes.insert(area.id);
  auto catalog = demos::ar::loadMarkerCatalog(config.assetsDir / "ar" / "markers.toml", codes, config.languages);
  if (!catalog) {
    for (const auto& problem : catalog.error()) spdlog::error("ar: {}", problem);
    desk.problems = catalog.error();
    return;
  }
  for (const auto& card : catalog->cards)
    desk.cards.push_back({card.marker, card.area, card.colour, card.practice, card.services, interleaved(card.mesh)});
}

std::optional<ArServiceOptions> arServiceOptions(const core::Config& config, const core::ArDesk& desk) {
  if (!config.camera.enabled()) {
    spdlog::info("ar: no [camera] source configured, the AR demo shows how it works instead");
    return std::nullopt;
  }
  if (desk.cards.empty()) {
    spdlog::error("ar: no usable cards in assets/ar/markers.toml, the AR demo is off");
    return std::nullopt;
  }
  cam::CameraSpec defaults;
  defaults.width = config.camera.width;
  defaults.height = config.camera.height;
  defaults.fps = config.camera.fps;
  defaults.mjpg = config.camera.mjpg;
  auto spec = cam::parseCameraSource(config.camera.source, defaults);
  if (!spec) {
    spdlog::error("ar: {}", spec.error().message);
    return std::nullopt;
  }
  ArServiceOptions options;
  options.camera = *spec;
  for (const auto& card : desk.cards) options.markers.insert(card.marker);
  if (!config.camera.intrinsics.empty()) {
    auto k = demos::ar::loadIntrinsics(config.camera.intrinsics);
    if (k) options.intrinsics = *k;
    else spdlog::warn("ar: {}; using the default 65° field of view", k.error());
  }
  return options;
}

cam::FrameGenerator arSyntheticScenes(std::set<int> markers) {
  demos::ar::SceneOptions scene;
  scene.ids.assign(markers.begin(), markers.end());
  scene.minMarkers = 1;
  scene.maxMarkers = 2;
  scene.minSidePx = 130;
  scene.maxSidePx = 240;
  scene.maxTiltDeg = 35;
  scene.clutterShapes = 14;
  scene.decoys = 1;
  scene.photometric = false;
  scene.sequenceLength = 150;  // 5 s per scene at 30 fps
  return [scene](std::uint64_t frame, cv::Size size) mutable {
    scene.size = size;
    return demos::ar::renderScene(scene, 2026, frame).bgr;
  };
}

std::optional<core::ArFrame> arFirstFrame(const ArServiceOptions& options) {
  auto source = cam::makeSource(options.camera, arSyntheticScenes(options.markers));
  if (!source->open()) return std::nullopt;
  auto frame = source->grab();
  if (!frame) return std::nullopt;
  demos::ar::DetectorOptions detector;
  detector.acceptedIds = options.markers;
  ArPipeline pipeline(detector, options.intrinsics);
  return pipeline.process(*frame, 1, 0.0);
}

ArService::ArService(ArServiceOptions options, FrameSink frames, devices::StatusSink status)
    : m_options(std::move(options)), m_frames(std::move(frames)), m_status(std::move(status)) {}

ArService::~ArService() { setActive(false); }

void ArService::setActive(bool active) {
  if (active == m_active) return;
  m_active = active;
  if (!active) {
    // Camera first: the processor then finds no new frame and parks at once.
    m_camera->setActive(false);
    m_processor->setActive(false);
    spdlog::info("ar: camera stopped");
    return;
  }
  if (!m_camera) {
    // The threads are made on the first visit and parked, not ended, between visits.
    auto slot = std::make_shared<cam::LatestFrameSlot>();
    m_processor = std::make_unique<Processor>(m_options, slot, m_frames, m_status);
    m_camera = std::make_unique<cam::CameraWorker>(
        cam::makeSource(m_options.camera, arSyntheticScenes(m_options.markers)), slot, m_status);
    m_processor->start();
    m_camera->start();
  } else {
    m_processor->setActive(true);
    m_camera->setActive(true);
  }
  spdlog::info("ar: camera started ({})", cam::toString(m_options.camera.kind));
}

}  // namespace kiosk::app
