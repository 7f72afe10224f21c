#include "devices/marlin/gcode_text.h"

#include <cctype>
#include <cstdlib>

namespace kiosk::devices::marlin {

std::optional<std::string> sanitizeGcodeLine(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const char c = raw[i];
    if (c == '\\' && i + 1 < raw.size() && raw[i + 1] == ';') {
      out.push_back(';');
      ++i;
      continue;
    }
    if (c == ';' || c == '\r' || c == '\n') break;
    out.push_back(c == '\t' ? ' ' : c);
  }
  const auto first = out.find_first_not_of(' ');
  if (first == std::string::npos) return std::nullopt;
  const auto last = out.find_last_not_of(' ');
  return out.substr(first, last - first + 1);
}

std::string commandCode(std::string_view command) {
  std::size_t i = 0;
  while (i < command.size() && command[i] == ' ') ++i;
  if (i >= command.size()) return {};
  const char letter = static_cast<char>(std::toupper(static_cast<unsigned char>(command[i])));
  if (letter != 'G' && letter != 'M' && letter != 'T') return {};
  std::size_t j = i + 1;
  while (j < command.size() && command[j] == '0' && j + 1 < command.size() &&
         std::isdigit(static_cast<unsigned char>(command[j + 1])))
    ++j;
  const std::size_t digits = j;
  while (j < command.size() && std::isdigit(static_cast<unsigned char>(command[j]))) ++j;
  if (j == digits) return {};
  return std::string(1, letter) + std::string(command.substr(digits, j - digits));
}

std::optional<double> commandParam(std::string_view command, char letter) {
  // Skip the command word itself ("M104"), then look for " S200" style words.
  std::size_t i = command.find(' ');
  while (i != std::string_view::npos && i < command.size()) {
    while (i < command.size() && command[i] == ' ') ++i;
    if (i >= command.size()) break;
    if (std::toupper(static_cast<unsigned char>(command[i])) == std::toupper(static_cast<unsigned char>(letter))) {
      const std::string rest(command.substr(i + 1, 32));
      char* end = nullptr;
      const double v = std::strtod(rest.c_str(), &end);
      if (end != rest.c_str()) return v;
      return 0.0;
    }
    i = command.find(' ', i);
  }
  return std::nullopt;
}

}  // namespace kiosk::devices::marlin
