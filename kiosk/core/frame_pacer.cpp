#include "kiosk/core/frame_pacer.h"

#include <algorithm>

namespace kiosk::core {

FramePacer::FramePacer(int framesAfterInput, std::chrono::milliseconds maxSleep)
    : m_framesAfterInput(framesAfterInput), m_maxSleep(maxSleep) {}

void FramePacer::requestFrames(int count) { m_pendingFrames = std::max(m_pendingFrames, count); }

void FramePacer::requestFrameAt(Clock::time_point when) {
  if (!m_deadline || when < *m_deadline) {
    if (m_deadline) m_nextDeadline = m_deadline;
    m_deadline = when;
  } else if (when > *m_deadline && (!m_nextDeadline || when < *m_nextDeadline)) {
    m_nextDeadline = when;
  }
}

bool FramePacer::frameDue(Clock::time_point now) const {
  return m_pendingFrames > 0 || m_continuous || (m_deadline && now >= *m_deadline);
}

int FramePacer::waitTimeoutMs(Clock::time_point now) const {
  if (frameDue(now)) return 0;
  auto wait = m_maxSleep;
  if (m_deadline) wait = std::min(wait, std::chrono::ceil<std::chrono::milliseconds>(*m_deadline - now));
  return static_cast<int>(std::max<long long>(wait.count(), 0));
}

void FramePacer::frameRendered(Clock::time_point now) {
  if (m_pendingFrames > 0) --m_pendingFrames;
  if (m_deadline && now >= *m_deadline) {
    m_deadline = m_nextDeadline;
    m_nextDeadline.reset();
  }
}

}  // namespace kiosk::core
