// Reading TOML files: Debian's toml++ is built with exceptions, so parse errors are caught
// here, at the library boundary, and returned as "file:line:column: message" values.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <tl/expected.hpp>
#include <toml++/toml.h>

namespace kiosk::core {

[[nodiscard]] tl::expected<toml::table, std::string> parseTomlFile(const std::filesystem::path& file);
[[nodiscard]] std::string describeAt(const std::filesystem::path& file, const toml::source_region& where,
                                     std::string_view message);

// entry.key = { it = "...", en = "..." }: one non-empty text per language, or an error each.
bool readLocalized(const std::filesystem::path& file, const toml::table& entry, std::string_view key,
                   const std::vector<std::string>& languages, std::map<std::string, std::string>& out,
                   std::vector<std::string>& errors);

}  // namespace kiosk::core
