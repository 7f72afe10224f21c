// Marlin line framing: "N<n> <command>*<checksum>", checksum = XOR of every byte before '*'.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kiosk::devices::marlin {

[[nodiscard]] std::uint8_t xorChecksum(std::string_view bytes);
// The full wire line without the trailing newline, e.g. numberedLine(123, "G1 X1") == "N123 G1 X1*97".
[[nodiscard]] std::string numberedLine(long number, std::string_view command);

}  // namespace kiosk::devices::marlin
