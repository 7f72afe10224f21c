// ThermalModel: one heater as a first-order system (heating power against loss to ambient) with a
// feed-forward + proportional controller, so it settles on its target like a tuned PID does.
#pragma once

namespace pid::firmware {

struct HeaterSpec {
  double maxRiseCPerS;   // temperature rise per second at full power near ambient
  double lossPerS;       // fraction of (T - ambient) lost per second
  double ambientC = 25.0;
};

class ThermalModel {
 public:
  explicit ThermalModel(HeaterSpec spec) : m_spec(spec), m_temp(spec.ambientC) {}

  void setTarget(double c) { m_target = c; }
  void setDead(bool dead) { m_dead = dead; }
  void advance(double dtS);

  [[nodiscard]] double temperature() const { return m_temp; }
  [[nodiscard]] double target() const { return m_target; }
  [[nodiscard]] int power() const { return m_power; }  // 0..127, like Marlin's "@:"

 private:
  HeaterSpec m_spec;
  double m_temp;
  double m_target = 0;
  int m_power = 0;
  bool m_dead = false;
};

}  // namespace pid::firmware
