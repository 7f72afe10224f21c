// Marlin's serial line checks (queue.cpp): a line that starts with N must carry the next line number and a
// matching XOR checksum; M110 sets the number. Unnumbered lines are accepted as they are.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pid::firmware {

[[nodiscard]] std::uint8_t xorChecksum(std::string_view bytes);

struct WireVerdict {
  enum class Kind { Command, Empty, LineNumberError, ChecksumError, NoChecksum };
  Kind kind = Kind::Empty;
  std::optional<long> number;  // N of a numbered line (for M110, its N argument)
  std::string command;         // the G-code without "N.. " and "*..", trimmed
};

// `lastN` is the last accepted line number. Comments (';' to end of line) are dropped first, as Marlin does
// while reading characters.
[[nodiscard]] WireVerdict checkWireLine(std::string_view raw, long lastN);

}  // namespace pid::firmware
