#include "firmware-host/virtual-marlin/motion_planner.h"

#include <algorithm>

namespace pid::firmware {

void MotionPlanner::advance(double now) {
  while (!m_blocks.empty() && m_headEnd <= now) {
    m_busySeconds += m_blocks.front();
    m_blocks.pop_front();
    if (m_blocks.empty()) {
      if (!m_emptySince) m_emptySince = m_headEnd;
    } else {
      m_headEnd += m_blocks.front();
    }
  }
}

void MotionPlanner::add(double durationS, double now) {
  advance(now);
  if (m_blocks.empty()) {
    if (m_emptySince) {
      ++m_starvations;
      m_starvedSeconds += std::max(0.0, now - *m_emptySince);
      m_emptySince.reset();
    }
    m_headEnd = now + durationS;
  }
  m_blocks.push_back(durationS);
  m_maxDepth = std::max(m_maxDepth, m_blocks.size());
}

void MotionPlanner::expectDrain() { m_emptySince.reset(); }

void MotionPlanner::clear() {
  m_blocks.clear();
  m_emptySince.reset();
}

}  // namespace pid::firmware
