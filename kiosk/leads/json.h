// The one piece of JSON the store writes itself: arrays of short codes (interests, demos).
// Everything else is built by SQLite's json_object() in the schema's payload views.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kiosk::leads {

// ["a","b"] with JSON string escaping.
[[nodiscard]] std::string toJsonArray(const std::vector<std::string>& items);
// The inverse of SQLite's group_concat(value, char(31)) used by the queries.
[[nodiscard]] std::vector<std::string> splitUnitSeparated(std::string_view text);

}  // namespace kiosk::leads
