// Temperature reports in every form Marlin-family firmware prints them:
//   "ok T:201.2 /200.0 B:60.1 /60.0 @:127 B@:0"          (M105 reply)
//   " T:201.2 /200.0 B:60.1 /60.0 @:127 B@:0"            (M155 autoreport, leading space)
//   "T:185.4 E:0 W:?"  " T:185.4 /200.0 ... W:3"         (M109/M190 waiting)
//   "T:200 /200 B:60 /60 T0:200 /200 T1:150 /150 @:0"    (several hotends: T is the active one)
//   "T:21.3"                                              (no target)
//   "... P:35.2 A:30.1"                                   (Prusa PINDA / ambient)
#pragma once

#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::devices::marlin {

struct HeaterReading {
  double actual = 0;
  std::optional<double> target;
};

struct TemperatureReading {
  std::vector<HeaterReading> hotends;      // index = tool; from T0:, T1:..., or T: alone
  std::optional<HeaterReading> bed;        // B:
  std::optional<HeaterReading> chamber;    // C:
  std::map<std::string, double> sensors;   // P:, A: and other extra sensors
  bool waiting = false;                    // a "W:" field: an M109/M190 wait is in progress
};

// nullopt when the line carries no temperature.
[[nodiscard]] std::optional<TemperatureReading> parseTemperatureReport(std::string_view line);

}  // namespace kiosk::devices::marlin
