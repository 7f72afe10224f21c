// Printer readouts: the numbers the printer screen shows, computed from a snapshot without UI, so
// they can be tested: heating progress, clock texts, the temperature plot's window and scale.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>

#include "devices/marlin/printer_snapshot.h"

namespace kiosk::core {

// Room temperature: heating progress counts from here, so a cold start reads 0 %, not 10 %.
inline constexpr double kAmbientC = 20.0;

struct HeaterProgress {
  double actual = 0;
  double target = 0;
  double fraction = 0;  // 0..1 of the way from ambient to target
};

// The heaters with a target (hotend first, then bed); empty when none is heating.
struct HeatingProgress {
  std::optional<HeaterProgress> hotend;
  std::optional<HeaterProgress> bed;
  // The slower heater decides when printing starts, so the whole is its fraction.
  [[nodiscard]] std::optional<double> overall() const;
};

[[nodiscard]] HeatingProgress heatingProgress(const devices::marlin::PrinterSnapshot& snapshot);

// "4:05", "1:02:05"; negative or non-finite read as 0.
[[nodiscard]] std::string clockText(double seconds);

// The temperature plot: the history up to its latest sample (the right edge, "now"), at most the last
// `maxWindowS` seconds and at least `minWindowS` wide (a few samples do not stretch into a ramp), and
// a y scale in steps of 50 °C holding every value shown (at least 0..100: a cold printer reads).
struct PlotWindow {
  std::size_t first = 0;  // index of the first sample shown
  double startS = 0, endS = 0;
  double maxC = 100;
  double tickS = 60;      // x labels every 30 s on a short window, else every minute
};

[[nodiscard]] PlotWindow plotWindow(std::span<const devices::marlin::TemperatureSample> history, double maxWindowS,
                                    double minWindowS = 60);

}  // namespace kiosk::core
