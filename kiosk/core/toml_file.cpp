#include "kiosk/core/toml_file.h"

namespace kiosk::core {

std::string describeAt(const std::filesystem::path& file, const toml::source_region& where, std::string_view message) {
  return file.string() + ":" + std::to_string(where.begin.line) + ":" + std::to_string(where.begin.column) + ": " +
         std::string(message);
}

tl::expected<toml::table, std::string> parseTomlFile(const std::filesystem::path& file) {
  if (!std::filesystem::is_regular_file(file)) return tl::unexpected(file.string() + ": file not found");
  try {
    return toml::parse_file(file.string());
  } catch (const toml::parse_error& error) {
    return tl::unexpected(describeAt(file, error.source(), error.description()));
  }
}

}  // namespace kiosk::core
