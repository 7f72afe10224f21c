#include "devices/marlin/temperature.h"

#include <cctype>
#include <cstdlib>

namespace kiosk::devices::marlin {
namespace {

bool parseNumber(std::string_view text, std::size_t& i, double& out) {
  while (i < text.size() && text[i] == ' ') ++i;
  const std::string rest(text.substr(i, 24));
  char* end = nullptr;
  out = std::strtod(rest.c_str(), &end);
  if (end == rest.c_str()) return false;
  i += static_cast<std::size_t>(end - rest.c_str());
  return true;
}

}  // namespace

std::optional<TemperatureReading> parseTemperatureReport(std::string_view line) {
  if (line.substr(0, 2) == "ok") line.remove_prefix(2);
  TemperatureReading reading;
  std::optional<HeaterReading> plainT;
  bool any = false;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    const std::size_t start = i;
    while (i < line.size() && line[i] != ':' && line[i] != ' ') ++i;
    if (i >= line.size() || line[i] != ':') continue;
    const std::string_view key = line.substr(start, i - start);
    ++i;
    double value = 0;
    if (key == "W") {  // "W:?" or "W:3": the wait countdown, not a temperature
      reading.waiting = true;
      while (i < line.size() && line[i] != ' ') ++i;
      continue;
    }
    if (key.empty() || key.find('@') != std::string_view::npos || !parseNumber(line, i, value)) {
      while (i < line.size() && line[i] != ' ') ++i;
      continue;
    }
    HeaterReading heater{value, std::nullopt};
    std::size_t j = i;
    while (j < line.size() && line[j] == ' ') ++j;
    if (j < line.size() && line[j] == '/') {
      ++j;
      double target = 0;
      if (parseNumber(line, j, target)) {
        heater.target = target;
        i = j;
      }
    }
    if (key == "T") {
      plainT = heater;
      any = true;
    } else if (key.size() >= 2 && key[0] == 'T' && std::isdigit(static_cast<unsigned char>(key[1]))) {
      const auto tool = static_cast<std::size_t>(std::atoi(std::string(key.substr(1)).c_str()));
      if (tool < 16) {
        if (reading.hotends.size() <= tool) reading.hotends.resize(tool + 1);
        reading.hotends[tool] = heater;
        any = true;
      }
    } else if (key == "B") {
      reading.bed = heater;
      any = true;
    } else if (key == "C") {
      reading.chamber = heater;
    } else if (key == "E" || key == "X" || key == "Y" || key == "Z") {
      // "E:0" in an M109 line is the extruder index; X/Y/Z are positions: not temperatures.
      if (key != "E") return std::nullopt;
    } else {
      reading.sensors[std::string(key)] = value;
    }
  }
  // A bare T: is the active hotend; with T0:/T1: present it repeats one of them and is dropped.
  if (plainT && reading.hotends.empty()) reading.hotends.push_back(*plainT);
  if (!any) return std::nullopt;
  return reading;
}

}  // namespace kiosk::devices::marlin
