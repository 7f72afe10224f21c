#include "kiosk/core/display_power.h"

namespace kiosk::core {

bool DisplayPower::update(bool open, Clock::time_point now) {
  const bool blank = !open && now >= m_awakeUntil;
  const bool changed = blank != m_blank;
  m_blank = blank;
  return changed;
}

bool DisplayPower::touch(bool open, Clock::time_point now) {
  if (open) return false;
  m_awakeUntil = now + m_wakeFor;  // someone is using it: stay awake a while longer
  if (!m_blank) return false;
  m_blank = false;
  return true;
}

}  // namespace kiosk::core
