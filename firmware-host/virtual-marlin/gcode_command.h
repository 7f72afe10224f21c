// GcodeCommand: "G1 X10 Y5.5 F3000" split into its code ("G1") and letter parameters.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace pid::firmware {

struct GcodeCommand {
  std::string code;                 // upper case, e.g. "G1", "M104", "T0"; empty when unparseable
  std::map<char, double> params;    // letter -> value (a bare letter has value 0)
  std::string text;                 // the whole command, for echoes

  [[nodiscard]] bool has(char letter) const { return params.count(letter) != 0; }
  [[nodiscard]] std::optional<double> get(char letter) const;
};

[[nodiscard]] GcodeCommand parseGcode(std::string_view text);

}  // namespace pid::firmware
