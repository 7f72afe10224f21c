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

bool readLocalized(const std::filesystem::path& file, const toml::table& entry, std::string_view key,
                   const std::vector<std::string>& languages, std::map<std::string, std::string>& out,
                   std::vector<std::string>& errors) {
  const toml::table* texts = entry[key].as_table();
  if (!texts) {
    errors.push_back(describeAt(file, entry.source(), std::string(key) + " must be a table of languages"));
    return false;
  }
  for (const std::string& language : languages) {
    if (auto text = (*texts)[language].value<std::string>(); text && !text->empty()) {
      out[language] = *text;
    } else {
      errors.push_back(describeAt(file, texts->source(), std::string(key) + "." + language + " is missing"));
    }
  }
  return true;
}

}  // namespace kiosk::core
