// KineticScroller: drag-to-scroll with inertia. While the finger is down the content
// follows it; after a fling it glides on, slowing exponentially, and stops at the ends.
#pragma once

namespace kiosk::input {

class KineticScroller {
 public:
  // timeConstant: seconds for the glide speed to fall to 1/e (0.325 s feels like a phone).
  explicit KineticScroller(float timeConstant = 0.325f, float stopSpeed = 20.0f)
      : m_timeConstant(timeConstant), m_stopSpeed(stopSpeed) {}

  void setMaxOffset(float maxOffset);
  void drag(float fingerDeltaY);            // content moves with the finger
  void release(float fingerVelocityY);      // px/s at lift-off
  void update(float dtSeconds);             // advance the glide
  void stop() { m_velocity = 0; }
  void jumpTo(float offset);

  [[nodiscard]] float offset() const { return m_offset; }
  [[nodiscard]] bool gliding() const { return m_velocity != 0; }

 private:
  void clamp();

  const float m_timeConstant;
  const float m_stopSpeed;
  float m_offset = 0;
  float m_maxOffset = 0;
  float m_velocity = 0;  // offset units per second
};

}  // namespace kiosk::input
