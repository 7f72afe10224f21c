// Reading TOML files: Debian's toml++ is built with exceptions, so parse errors are caught
// here, at the library boundary, and returned as "file:line:column: message" values.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include <tl/expected.hpp>
#include <toml++/toml.h>

namespace kiosk::core {

[[nodiscard]] tl::expected<toml::table, std::string> parseTomlFile(const std::filesystem::path& file);
[[nodiscard]] std::string describeAt(const std::filesystem::path& file, const toml::source_region& where,
                                     std::string_view message);

}  // namespace kiosk::core
