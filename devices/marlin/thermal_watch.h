// ThermalWatch: the host's second line of defence behind the firmware's thermal protection.
//  - a raised target must show +watchRise °C within the watch period (40 s hotend, 90 s bed by default),
//    measured again from each rise, until the heater is near its target;
//  - a reading above the configured ceiling is a fault at once.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "devices/marlin/printer_options.h"
#include "devices/marlin/printer_snapshot.h"
#include "devices/marlin/temperature.h"

namespace kiosk::devices::marlin {

struct ThermalFault {
  FaultKind kind;
  std::string detail;
};

class ThermalWatch {
 public:
  using TimePoint = std::chrono::steady_clock::time_point;
  enum class Heater { Hotend, Bed };

  explicit ThermalWatch(const PrinterOptions& options) : m_options(options) {}

  void targetSent(Heater heater, double targetC, TimePoint now);
  [[nodiscard]] std::optional<ThermalFault> reading(const TemperatureReading& reading, TimePoint now);
  [[nodiscard]] std::optional<ThermalFault> tick(TimePoint now);
  void reset();

 private:
  struct Watch {
    bool armed = false;
    double target = 0;
    double base = 0;        // temperature when the period started
    TimePoint since{};
    std::optional<double> actual;
  };
  Watch& watch(Heater h) { return h == Heater::Hotend ? m_hotend : m_bed; }
  void update(Heater heater, double actual, TimePoint now);

  const PrinterOptions& m_options;
  Watch m_hotend, m_bed;
};

}  // namespace kiosk::devices::marlin
