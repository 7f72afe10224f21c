// Numbers and strings out of a flat one-line JSON object (what virtual-marlin and gcode-stream print).
#pragma once

#include <optional>
#include <string>

namespace pid::bench {

[[nodiscard]] std::optional<double> jsonNumber(const std::string& json, const std::string& key);
[[nodiscard]] std::optional<std::string> jsonString(const std::string& json, const std::string& key);
// The last line of `text` that starts with '{'.
[[nodiscard]] std::string lastJsonLine(const std::string& text);

}  // namespace pid::bench
