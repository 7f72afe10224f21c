// FramePacer: render on demand. The loop sleeps in SDL_WaitEventTimeout for waitTimeout();
// input asks for a few frames (ImGui needs frames after an event to see a click through),
// screens ask for a frame at a future time (a countdown, a slide change) or, while an
// animation runs, for continuous frames. With nothing requested the kiosk sleeps.
#pragma once

#include <chrono>
#include <optional>

namespace kiosk::core {

class FramePacer {
 public:
  using Clock = std::chrono::steady_clock;

  explicit FramePacer(int framesAfterInput = 3, std::chrono::milliseconds maxSleep = std::chrono::milliseconds(1000));

  void requestFrames(int count);
  void onInput() { requestFrames(m_framesAfterInput); }
  void requestFrameAt(Clock::time_point when);
  void requestContinuous() { m_continuous = true; }

  [[nodiscard]] bool frameDue(Clock::time_point now) const;
  // Milliseconds to sleep before the next frame is due (0 = render now), capped at maxSleep.
  [[nodiscard]] int waitTimeoutMs(Clock::time_point now) const;
  // Call before drawing a frame: an animation asks for continuous frames again each frame
  // it is still running, so one that stopped stops costing frames.
  void frameStarted() { m_continuous = false; }
  // Call after each rendered frame: consumes the request that made it due. Requests made
  // while drawing it (continuous, a later deadline) stay for the next frame.
  void frameRendered(Clock::time_point now);

 private:
  const int m_framesAfterInput;
  const std::chrono::milliseconds m_maxSleep;
  int m_pendingFrames = 1;  // the first frame
  bool m_continuous = false;
  std::optional<Clock::time_point> m_deadline;
  // The earliest request after m_deadline: becomes the deadline once m_deadline is rendered,
  // so a later frame asked for while drawing the due one (next slide, next second) is not lost.
  std::optional<Clock::time_point> m_nextDeadline;
};

}  // namespace kiosk::core
