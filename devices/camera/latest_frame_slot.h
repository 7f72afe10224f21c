// LatestFrameSlot: a one-frame mailbox between the capture thread and its consumer. put() replaces
// whatever was there, so a slow consumer always gets the newest frame and latency stays at most one
// frame (a queue would build up). The consumer waits for a frame newer than the one it has.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <stop_token>

#include <opencv2/core/mat.hpp>

namespace kiosk::devices::camera {

struct CameraFrame {
  cv::Mat bgr;
  std::uint64_t sequence = 0;  // 1, 2, ... per slot; a gap means frames were dropped
  std::chrono::steady_clock::time_point capturedAt{};
};

class LatestFrameSlot {
 public:
  void put(cv::Mat bgr) {
    {
      std::lock_guard lock(m_mutex);
      m_frame.bgr = std::move(bgr);
      m_frame.sequence = ++m_sequence;
      m_frame.capturedAt = std::chrono::steady_clock::now();
    }
    m_cv.notify_all();
  }

  // The newest frame if it is newer than `after`, waiting up to `timeout` for one.
  [[nodiscard]] std::optional<CameraFrame> waitNewer(std::uint64_t after, std::chrono::milliseconds timeout,
                                                     std::stop_token stop = {}) {
    std::unique_lock lock(m_mutex);
    const bool ready = m_cv.wait_for(lock, stop, timeout, [&] { return m_sequence > after; });
    if (!ready) return std::nullopt;
    return m_frame;  // cv::Mat copies share the pixels; the producer allocates a new Mat per frame
  }

  [[nodiscard]] std::uint64_t sequence() const {
    std::lock_guard lock(m_mutex);
    return m_sequence;
  }

 private:
  mutable std::mutex m_mutex;
  std::condition_variable_any m_cv;
  CameraFrame m_frame;
  std::uint64_t m_sequence = 0;
};

}  // namespace kiosk::devices::camera
