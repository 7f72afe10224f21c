// G-code text helpers shared by the job loader, the validator and the protocol engine.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kiosk::devices::marlin {

// What goes on the wire for one file line: comments dropped (a "\;" escape is kept as ";"), outer
// whitespace trimmed. nullopt for blank and comment-only lines: Marlin never acks those, so sending one
// would stall the stream.
[[nodiscard]] std::optional<std::string> sanitizeGcodeLine(std::string_view raw);

// "G1", "M104", "T0": the command word, upper case, leading zeros dropped; empty if none.
[[nodiscard]] std::string commandCode(std::string_view command);

// The numeric value of parameter `letter` (e.g. 'S' in "M104 S200"), if present.
[[nodiscard]] std::optional<double> commandParam(std::string_view command, char letter);

}  // namespace kiosk::devices::marlin
