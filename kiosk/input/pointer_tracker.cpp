#include "kiosk/input/pointer_tracker.h"

#include <cmath>

#include <SDL_touch.h>

namespace kiosk::input {
namespace {

constexpr auto kVelocityWindow = std::chrono::milliseconds(100);
constexpr auto kRestBeforeLift = std::chrono::milliseconds(80);  // longer still: no fling

}  // namespace

bool PointerTracker::handleEvent(const SDL_Event& event, int windowWidth, int windowHeight, Clock::time_point now) {
  const auto fingerPos = [&](const SDL_TouchFingerEvent& f) {
    return Point{f.x * static_cast<float>(windowWidth), f.y * static_cast<float>(windowHeight)};
  };
  switch (event.type) {
    case SDL_FINGERDOWN:
      if (m_fingerDown || m_mouseHeld) return true;
      m_fingerDown = true;
      m_primaryFinger = event.tfinger.fingerId;
      enqueue(SampleKind::Down, fingerPos(event.tfinger), now);
      return true;
    case SDL_FINGERMOTION:
      if (m_fingerDown && event.tfinger.fingerId == m_primaryFinger) enqueue(SampleKind::Move, fingerPos(event.tfinger), now);
      return true;
    case SDL_FINGERUP:
      if (m_fingerDown && event.tfinger.fingerId == m_primaryFinger) {
        m_fingerDown = false;
        enqueue(SampleKind::Up, fingerPos(event.tfinger), now);
      }
      return true;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
      if (event.button.which == SDL_TOUCH_MOUSEID || event.button.button != SDL_BUTTON_LEFT) return true;
      if (event.type == SDL_MOUSEBUTTONDOWN && !m_mouseHeld && !m_fingerDown) {
        m_mouseHeld = true;
        enqueue(SampleKind::Down, {static_cast<float>(event.button.x), static_cast<float>(event.button.y)}, now);
      } else if (event.type == SDL_MOUSEBUTTONUP && m_mouseHeld) {
        m_mouseHeld = false;
        enqueue(SampleKind::Up, {static_cast<float>(event.button.x), static_cast<float>(event.button.y)}, now);
      }
      return true;
    case SDL_MOUSEMOTION:
      // No hover on a kiosk: the mouse matters only while its button is held.
      // Hover is not a visitor either: X sends motion when other windows map or unmap under a
      // still pointer, and a bumped mouse must not keep a visit alive.
      if (event.motion.which == SDL_TOUCH_MOUSEID || !m_mouseHeld) return false;
      enqueue(SampleKind::Move, {static_cast<float>(event.motion.x), static_cast<float>(event.motion.y)}, now);
      return true;
    default:
      return false;
  }
}

void PointerTracker::enqueue(SampleKind kind, Point pos, Clock::time_point at) { m_queue.push_back({kind, pos, at}); }

void PointerTracker::beginFrame() {
  m_gesture.delta = {};
  m_gesture.endedThisFrame = false;
  if (m_clearPending) {
    m_frame.present = false;
    m_clearPending = false;
  }
  bool transitioned = false;
  while (!m_queue.empty()) {
    const Sample sample = m_queue.front();
    if (sample.kind == SampleKind::Move) {
      if (m_gesture.active) applyMove(sample);
    } else {
      if (transitioned) break;  // the next press/release waits for the next frame
      if (sample.kind == SampleKind::Down && !m_gesture.active) press(sample);
      if (sample.kind == SampleKind::Up && m_gesture.active) release(sample);
      transitioned = true;
    }
    m_queue.pop_front();
  }
}

void PointerTracker::press(const Sample& sample) {
  m_gesture = Gesture{};
  m_gesture.active = true;
  m_gesture.start = m_gesture.current = sample.pos;
  m_gesture.startedAt = sample.at;
  m_recent.assign(1, sample);
  m_frame = PointerFrame{true, true, sample.pos};
}

void PointerTracker::applyMove(const Sample& sample) {
  m_gesture.delta.x += sample.pos.x - m_gesture.current.x;
  m_gesture.delta.y += sample.pos.y - m_gesture.current.y;
  m_gesture.current = sample.pos;
  m_recent.push_back(sample);
  while (m_recent.size() > 2 && sample.at - m_recent.front().at > kVelocityWindow) m_recent.pop_front();
  if (!m_gesture.dragging &&
      std::hypot(sample.pos.x - m_gesture.start.x, sample.pos.y - m_gesture.start.y) > m_dragSlop) {
    m_gesture.dragging = true;
  }
  if (m_gesture.dragging) {
    // The pointer leaves ImGui while still "down" elsewhere: the pressed button is released
    // without being hovered, so it does not fire.
    m_frame = PointerFrame{false, false, {}};
  } else {
    m_frame.pos = sample.pos;
  }
}

void PointerTracker::release(const Sample& sample) {
  if (!m_gesture.dragging) m_frame.pos = sample.pos;
  m_frame.down = false;
  m_gesture.releaseVelocity = velocityAt(sample.at);
  m_gesture.active = false;
  m_gesture.endedThisFrame = true;
  m_clearPending = true;
}

Point PointerTracker::velocityAt(Clock::time_point releasedAt) const {
  if (m_recent.size() < 2 || releasedAt - m_recent.back().at > kRestBeforeLift) return {};
  const Sample& first = m_recent.front();
  const Sample& last = m_recent.back();
  const float seconds = std::chrono::duration<float>(last.at - first.at).count();
  if (seconds <= 0.001f) return {};
  return {(last.pos.x - first.pos.x) / seconds, (last.pos.y - first.pos.y) / seconds};
}

}  // namespace kiosk::input
