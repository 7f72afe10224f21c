#include "firmware-host/virtual-marlin/gcode_command.h"

#include <cctype>
#include <cstdlib>

namespace pid::firmware {

std::optional<double> GcodeCommand::get(char letter) const {
  const auto it = params.find(letter);
  if (it == params.end()) return std::nullopt;
  return it->second;
}

GcodeCommand parseGcode(std::string_view text) {
  GcodeCommand cmd;
  cmd.text = std::string(text);
  std::size_t i = 0;
  auto skipSpaces = [&] {
    while (i < text.size() && text[i] == ' ') ++i;
  };
  skipSpaces();
  if (i >= text.size()) return cmd;
  const char letter = static_cast<char>(std::toupper(static_cast<unsigned char>(text[i])));
  if (letter != 'G' && letter != 'M' && letter != 'T') {
    cmd.code = std::string(1, letter);  // unknown letter: still reported as the command
    return cmd;
  }
  std::size_t j = i + 1;
  while (j < text.size() && std::isdigit(static_cast<unsigned char>(text[j]))) ++j;
  if (j == i + 1) return cmd;
  cmd.code = std::string(1, letter) + std::string(text.substr(i + 1, j - i - 1));
  // Drop leading zeros ("G01" is "G1").
  while (cmd.code.size() > 2 && cmd.code[1] == '0') cmd.code.erase(1, 1);
  i = j;
  if (cmd.code == "M117" || cmd.code == "M118") return cmd;  // free text follows
  while (i < text.size()) {
    skipSpaces();
    if (i >= text.size()) break;
    const char p = static_cast<char>(std::toupper(static_cast<unsigned char>(text[i])));
    ++i;
    if (!std::isalpha(static_cast<unsigned char>(p))) continue;
    const std::string rest(text.substr(i));
    char* end = nullptr;
    const double value = std::strtod(rest.c_str(), &end);
    const auto used = static_cast<std::size_t>(end - rest.c_str());
    cmd.params[p] = used == 0 ? 0.0 : value;
    i += used;
  }
  return cmd;
}

}  // namespace pid::firmware
