// Shared by the vCard and MECARD parsers: splitting on separators that may be escaped with '\',
// undoing the escapes, and cleaning a value before it may reach the lead form.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::demos::badge {

// Splits on `separator` where it is not escaped by a backslash; the parts keep their escapes.
[[nodiscard]] std::vector<std::string_view> splitUnescaped(std::string_view text, char separator);
// \\ \, \; \: become the character, \n and \N a line break; an unknown escape keeps the character.
[[nodiscard]] std::string unescapeValue(std::string_view text);

// A value fit for one form field: control characters and line breaks become spaces, bidi overrides and
// zero-width characters go, runs of blanks collapse, ends are trimmed. nullopt when the result is longer
// than maxChars code points: better an empty field than a cut one.
[[nodiscard]] std::optional<std::string> cleanField(std::string_view utf8, std::size_t maxChars);

[[nodiscard]] bool startsWithIgnoreCase(std::string_view text, std::string_view prefix);
[[nodiscard]] std::string upperAscii(std::string_view text);

}  // namespace kiosk::demos::badge
