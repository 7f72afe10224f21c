// CameraWorker: the capture thread. Opens the source, retries while it is missing, reopens after an
// unplug (status Degraded with the reason, Running again when frames flow), paces file and synthetic
// sources at their frame rate, and puts every frame into the LatestFrameSlot. setActive(false)
// closes the source and parks the thread; setActive(true) opens it again.
#pragma once

#include <chrono>
#include <memory>

#include "devices/camera/frame_source.h"
#include "devices/camera/latest_frame_slot.h"
#include "devices/core/worker.h"

namespace kiosk::devices::camera {

struct CameraWorkerOptions {
  std::chrono::milliseconds retryFirst{250};  // after a failed open; doubles up to retryMax
  std::chrono::milliseconds retryMax{2000};
};

class CameraWorker final : public Worker {
 public:
  CameraWorker(std::unique_ptr<FrameSource> source, std::shared_ptr<LatestFrameSlot> slot, StatusSink status,
               CameraWorkerOptions options = {});
  ~CameraWorker() override;

 private:
  void run(std::stop_token stop) override;
  // Streams until the source fails, a pause or a stop; returns false on a stop.
  bool stream(std::stop_token stop);

  std::unique_ptr<FrameSource> m_source;
  std::shared_ptr<LatestFrameSlot> m_slot;
  CameraWorkerOptions m_options;
};

}  // namespace kiosk::devices::camera
