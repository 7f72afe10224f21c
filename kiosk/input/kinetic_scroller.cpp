#include "kiosk/input/kinetic_scroller.h"

#include <algorithm>
#include <cmath>

namespace kiosk::input {

void KineticScroller::setMaxOffset(float maxOffset) {
  m_maxOffset = std::max(0.0f, maxOffset);
  clamp();
}

void KineticScroller::drag(float fingerDeltaY) {
  m_velocity = 0;
  m_offset -= fingerDeltaY;
  clamp();
}

void KineticScroller::release(float fingerVelocityY) {
  m_velocity = -fingerVelocityY;
  if (std::fabs(m_velocity) < m_stopSpeed) m_velocity = 0;
}

void KineticScroller::update(float dtSeconds) {
  if (m_velocity == 0 || dtSeconds <= 0) return;
  // Exact integral of v(t) = v0 * exp(-t / tau) over dt, so the glide does not depend on frame rate.
  const float decay = std::exp(-dtSeconds / m_timeConstant);
  m_offset += m_velocity * m_timeConstant * (1.0f - decay);
  m_velocity *= decay;
  if (std::fabs(m_velocity) < m_stopSpeed) m_velocity = 0;
  clamp();
}

void KineticScroller::jumpTo(float offset) {
  m_velocity = 0;
  m_offset = offset;
  clamp();
}

void KineticScroller::clamp() {
  if (m_offset <= 0 || m_offset >= m_maxOffset) {
    m_offset = std::clamp(m_offset, 0.0f, m_maxOffset);
    m_velocity = 0;  // the list stops at its ends
  }
}

}  // namespace kiosk::input
