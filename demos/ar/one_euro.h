// One-Euro filter (Casiez et al., CHI 2012): a low-pass whose cutoff rises with speed.
#pragma once

#include <cmath>

namespace kiosk::demos::ar {

class OneEuroFilter {
 public:
  OneEuroFilter(double minCutoffHz = 1.5, double beta = 0.02, double derivativeCutoffHz = 1.0)
      : m_minCutoff(minCutoffHz), m_beta(beta), m_dCutoff(derivativeCutoffHz) {}

  double filter(double value, double timeS) {
    if (!m_started) {
      m_started = true;
      m_value = value;
      m_derivative = 0;
      m_lastT = timeS;
      return value;
    }
    const double dt = timeS - m_lastT;
    if (dt <= 0) return m_value;
    m_lastT = timeS;
    m_derivative += alpha(m_dCutoff, dt) * ((value - m_value) / dt - m_derivative);
    const double cutoff = m_minCutoff + m_beta * std::abs(m_derivative);
    m_value += alpha(cutoff, dt) * (value - m_value);
    return m_value;
  }

 private:
  static double alpha(double cutoffHz, double dt) {
    const double tau = 1.0 / (2.0 * 3.14159265358979 * cutoffHz);
    return 1.0 / (1.0 + tau / dt);
  }

  double m_minCutoff, m_beta, m_dCutoff;
  bool m_started = false;
  double m_value = 0, m_derivative = 0, m_lastT = 0;
};

}  // namespace kiosk::demos::ar
