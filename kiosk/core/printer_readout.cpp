#include "kiosk/core/printer_readout.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace kiosk::core {
namespace {

std::optional<HeaterProgress> progressOf(const std::optional<devices::marlin::HeaterReading>& reading) {
  // A target at or below ambient means "off" (M104 S0), not "heating to zero".
  if (!reading || !reading->target || *reading->target <= kAmbientC) return std::nullopt;
  const double target = *reading->target;
  const double fraction = std::clamp((reading->actual - kAmbientC) / (target - kAmbientC), 0.0, 1.0);
  return HeaterProgress{reading->actual, target, fraction};
}

}  // namespace

std::optional<double> HeatingProgress::overall() const {
  if (hotend && bed) return std::min(hotend->fraction, bed->fraction);
  if (hotend) return hotend->fraction;
  if (bed) return bed->fraction;
  return std::nullopt;
}

HeatingProgress heatingProgress(const devices::marlin::PrinterSnapshot& snapshot) {
  HeatingProgress out;
  if (!snapshot.temperature) return out;
  const auto& t = *snapshot.temperature;
  if (!t.hotends.empty()) out.hotend = progressOf(t.hotends.front());
  out.bed = progressOf(t.bed);
  return out;
}

std::string clockText(double seconds) {
  const long long total = std::isfinite(seconds) && seconds > 0 ? std::llround(seconds) : 0;
  char text[32];
  if (total >= 3600) {
    std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", total / 3600, (total / 60) % 60, total % 60);
  } else {
    std::snprintf(text, sizeof text, "%lld:%02lld", total / 60, total % 60);
  }
  return text;
}

PlotWindow plotWindow(std::span<const devices::marlin::TemperatureSample> history, double maxWindowS,
                      double minWindowS) {
  PlotWindow out;
  out.endS = minWindowS;
  out.tickS = minWindowS <= 150 ? 30 : 60;
  if (history.empty()) return out;
  const double first = history.front().secondsSinceConnect;
  const double last = history.back().secondsSinceConnect;
  // "Now" is always the right edge, like any live chart; a short history leaves the left empty.
  const double span = std::clamp(last - first, minWindowS, maxWindowS);
  out.endS = last;
  out.startS = last - span;
  out.tickS = span <= 150 ? 30 : 60;
  while (out.first < history.size() && history[out.first].secondsSinceConnect < out.startS) ++out.first;
  // Keep the sample just before the window so the lines enter from the left edge.
  if (out.first > 0) --out.first;
  double maxC = 0;
  for (std::size_t i = out.first; i < history.size(); ++i) {
    const auto& s = history[i];
    maxC = std::max({maxC, s.hotend, s.hotendTarget, s.bed, s.bedTarget});
  }
  out.maxC = std::max(100.0, std::ceil((maxC + 5.0) / 50.0) * 50.0);  // +5: a line never sits on the top edge
  return out;
}

}  // namespace kiosk::core
