#include "devices/camera/camera_worker.h"

#include <algorithm>
#include <thread>

namespace kiosk::devices::camera {

CameraWorker::CameraWorker(std::unique_ptr<FrameSource> source, std::shared_ptr<LatestFrameSlot> slot,
                           StatusSink status, CameraWorkerOptions options)
    : Worker("camera", std::move(status)), m_source(std::move(source)), m_slot(std::move(slot)), m_options(options) {}

CameraWorker::~CameraWorker() { stop(); }

void CameraWorker::run(std::stop_token stop) {
  auto retry = m_options.retryFirst;
  std::string lastProblem;
  while (waitUntilActive(stop)) {
    auto opened = m_source->open();
    if (!opened) {
      // Say it once per distinct problem, not on every retry.
      if (opened.error().message != lastProblem) {
        lastProblem = opened.error().message;
        publish(WorkerState::Degraded, lastProblem + "; retrying");
      }
      if (!sleepFor(stop, retry)) break;
      retry = std::min(retry * 2, m_options.retryMax);
      continue;
    }
    retry = m_options.retryFirst;
    lastProblem.clear();
    publish(WorkerState::Running, m_source->describe());
    if (!stream(stop)) break;
  }
  m_source->close();
}

bool CameraWorker::stream(std::stop_token stop) {
  using Clock = std::chrono::steady_clock;
  const auto period = std::chrono::duration_cast<Clock::duration>(
      std::chrono::duration<double>(1.0 / std::max(1.0, m_source->framesPerSecond())));
  auto due = Clock::now();
  while (!stop.stop_requested()) {
    if (!active()) {
      // Paused: the device is released until the next resume opens it again.
      m_source->close();
      return true;
    }
    auto frame = m_source->grab();
    if (!frame) {
      m_source->close();
      if (frame.error().code == ErrorCode::Closed) {
        publish(WorkerState::Degraded, frame.error().message);
        // A finished, non-looping clip: nothing more will come until a pause and resume reopen it.
        while (active() && sleepFor(stop, std::chrono::milliseconds(1000))) {
        }
        return !stop.stop_requested();
      }
      publish(WorkerState::Degraded, frame.error().message + "; reconnecting");
      return sleepFor(stop, m_options.retryFirst);
    }
    m_slot->put(std::move(*frame));
    if (!m_source->isLive()) {
      due += period;
      const auto now = Clock::now();
      if (due < now) due = now;  // fell behind (a slow disk): do not burst to catch up
      if (!sleepFor(stop, std::chrono::duration_cast<std::chrono::milliseconds>(due - now))) return false;
    }
  }
  return false;
}

}  // namespace kiosk::devices::camera
