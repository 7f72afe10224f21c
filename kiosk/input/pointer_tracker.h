// PointerTracker: our touch layer over SDL finger and mouse events, replacing what
// Dear ImGui 1.86's SDL backend does badly on a touch screen (it ignores SDL_FINGER*,
// grabs the mouse, and leaves the last touched button hovered).
//  - One primary finger; further fingers are ignored until it lifts. Mouse events SDL
//    synthesises from touch are dropped, so each touch counts once.
//  - At most one press or release per frame, so a fast tap is never lost.
//  - The frame after a release the pointer vanishes: no hover highlight is left behind.
//  - Once the finger moves beyond the slop it is a drag: ImGui sees the pointer leave,
//    so the button under the finger is not clicked, and scroll areas take the gesture.
#pragma once

#include <chrono>
#include <deque>

#include <SDL_events.h>

namespace kiosk::input {

using Clock = std::chrono::steady_clock;

struct Point {
  float x = 0;
  float y = 0;
};

// What ImGui gets this frame (io.MousePos / io.MouseDown[0]).
struct PointerFrame {
  bool present = false;  // false: io.MousePos = (-FLT_MAX, -FLT_MAX)
  bool down = false;
  Point pos;
};

// The gesture under way, or the one that ended this frame, for scrolling and long-press.
struct Gesture {
  bool active = false;          // finger (or mouse button) is down
  bool endedThisFrame = false;
  bool dragging = false;        // moved beyond the slop: not a tap
  Point start;
  Point current;
  Point delta;                  // movement during this frame
  Point releaseVelocity;        // px/s at release; zero if the finger rested before lifting
  Clock::time_point startedAt{};
};

class PointerTracker {
 public:
  explicit PointerTracker(float dragSlopPx = 16.0f) : m_dragSlop(dragSlopPx) {}

  void setDragSlop(float px) { m_dragSlop = px; }

  // Returns true if the event is a visitor's pointer input (a touch, a click, a drag; not a
  // hover): the caller counts it as activity. Window size maps finger coordinates.
  bool handleEvent(const SDL_Event& event, int windowWidth, int windowHeight, Clock::time_point now);

  // Advances one frame: consumes queued input, at most one press/release transition.
  void beginFrame();

  [[nodiscard]] const PointerFrame& frame() const { return m_frame; }
  [[nodiscard]] const Gesture& gesture() const { return m_gesture; }
  // More input is queued than this frame could take: render another frame.
  [[nodiscard]] bool hasPendingInput() const { return !m_queue.empty() || m_clearPending; }

 private:
  enum class SampleKind { Down, Move, Up };
  struct Sample {
    SampleKind kind;
    Point pos;
    Clock::time_point at;
  };

  void enqueue(SampleKind kind, Point pos, Clock::time_point at);
  void applyMove(const Sample& sample);
  void press(const Sample& sample);
  void release(const Sample& sample);
  [[nodiscard]] Point velocityAt(Clock::time_point releasedAt) const;

  float m_dragSlop;
  std::deque<Sample> m_queue;
  std::deque<Sample> m_recent;  // the last ~100 ms of positions, for the release velocity
  PointerFrame m_frame;
  Gesture m_gesture;
  bool m_clearPending = false;
  bool m_mouseHeld = false;
  SDL_FingerID m_primaryFinger = 0;
  bool m_fingerDown = false;
};

}  // namespace kiosk::input
