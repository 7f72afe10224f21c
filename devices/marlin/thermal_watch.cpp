#include "devices/marlin/thermal_watch.h"

#include <cstdio>

namespace kiosk::devices::marlin {
namespace {

std::string celsius(double c) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f °C", c);
  return buffer;
}

}  // namespace

void ThermalWatch::targetSent(Heater heater, double targetC, TimePoint now) {
  Watch& w = watch(heater);
  w.target = targetC;
  const double actual = w.actual.value_or(0);
  // Armed only when heating is asked for; cooling down needs no watch.
  w.armed = targetC > 0 && targetC > actual + m_options.watchRiseC;
  w.base = actual;
  w.since = now;
}

void ThermalWatch::update(Heater heater, double actual, TimePoint now) {
  Watch& w = watch(heater);
  if (!w.actual) {  // armed before any reading: the period starts with the first one
    w.base = actual;
    w.since = now;
  }
  w.actual = actual;
  if (!w.armed) return;
  if (actual >= w.target - 2 * m_options.watchRiseC) {
    w.armed = false;  // near target: the firmware's runaway protection takes over
  } else if (actual >= w.base + m_options.watchRiseC) {
    w.base = actual;  // rising: start a new period from here
    w.since = now;
  }
}

std::optional<ThermalFault> ThermalWatch::reading(const TemperatureReading& r, TimePoint now) {
  if (!r.hotends.empty()) {
    for (const auto& h : r.hotends) {
      if (h.actual > m_options.limits.maxHotendC) {
        return ThermalFault{FaultKind::TemperatureCeiling, "hotend at " + celsius(h.actual) + ", above the limit of " +
                                                                celsius(m_options.limits.maxHotendC)};
      }
    }
    update(Heater::Hotend, r.hotends.front().actual, now);
  }
  if (r.bed) {
    if (r.bed->actual > m_options.limits.maxBedC) {
      return ThermalFault{FaultKind::TemperatureCeiling,
                          "bed at " + celsius(r.bed->actual) + ", above the limit of " + celsius(m_options.limits.maxBedC)};
    }
    update(Heater::Bed, r.bed->actual, now);
  }
  return tick(now);
}

std::optional<ThermalFault> ThermalWatch::tick(TimePoint now) {
  for (const Heater heater : {Heater::Hotend, Heater::Bed}) {
    const Watch& w = watch(heater);
    const auto period = heater == Heater::Hotend ? m_options.hotendWatchPeriod : m_options.bedWatchPeriod;
    if (w.armed && now - w.since > period) {
      const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(period).count();
      return ThermalFault{FaultKind::HeaterNotHeating,
                          std::string(heater == Heater::Hotend ? "hotend" : "bed") + " stayed at " + celsius(w.base) +
                              " for " + std::to_string(seconds) + " s with a target of " + celsius(w.target)};
    }
  }
  return std::nullopt;
}

void ThermalWatch::reset() {
  m_hotend.armed = false;
  m_bed.armed = false;
}

}  // namespace kiosk::devices::marlin
