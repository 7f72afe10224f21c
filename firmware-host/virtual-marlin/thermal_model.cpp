#include "firmware-host/virtual-marlin/thermal_model.h"

#include <algorithm>

namespace pid::firmware {

void ThermalModel::advance(double dtS) {
  // Small steps keep the explicit integration stable even with a large time scale.
  while (dtS > 0) {
    const double dt = std::min(dtS, 0.05);
    dtS -= dt;
    double duty = 0;
    if (m_target > 0) {
      const double feedForward = (m_target - m_spec.ambientC) * m_spec.lossPerS / m_spec.maxRiseCPerS;
      duty = std::clamp(feedForward + (m_target - m_temp) * 0.3, 0.0, 1.0);
    }
    m_power = static_cast<int>(duty * 127);
    const double heating = m_dead ? 0.0 : duty * m_spec.maxRiseCPerS;
    m_temp += (heating - (m_temp - m_spec.ambientC) * m_spec.lossPerS) * dt;
  }
}

}  // namespace pid::firmware
