#include "devices/marlin/checksum.h"

namespace kiosk::devices::marlin {

std::uint8_t xorChecksum(std::string_view bytes) {
  std::uint8_t cs = 0;
  for (const char c : bytes) cs ^= static_cast<std::uint8_t>(c);
  return cs;
}

std::string numberedLine(long number, std::string_view command) {
  std::string line = "N" + std::to_string(number) + " ";
  line.append(command);
  const unsigned cs = xorChecksum(line);
  line += "*" + std::to_string(cs);
  return line;
}

}  // namespace kiosk::devices::marlin
