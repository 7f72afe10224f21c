#include "firmware-host/printer-bench/flat_json.h"

#include <cstdlib>
#include <sstream>

namespace pid::bench {

std::optional<double> jsonNumber(const std::string& json, const std::string& key) {
  const auto at = json.find("\"" + key + "\":");
  if (at == std::string::npos) return std::nullopt;
  const char* start = json.c_str() + at + key.size() + 3;
  char* end = nullptr;
  const double v = std::strtod(start, &end);
  if (end == start) return std::nullopt;
  return v;
}

std::optional<std::string> jsonString(const std::string& json, const std::string& key) {
  const auto at = json.find("\"" + key + "\":\"");
  if (at == std::string::npos) return std::nullopt;
  const auto from = at + key.size() + 4;
  const auto to = json.find('"', from);
  if (to == std::string::npos) return std::nullopt;
  return json.substr(from, to - from);
}

std::string lastJsonLine(const std::string& text) {
  std::istringstream in(text);
  std::string line, last;
  while (std::getline(in, line)) {
    if (!line.empty() && line.front() == '{') last = line;
  }
  return last;
}

}  // namespace pid::bench
