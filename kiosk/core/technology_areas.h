// The Industry 4.0 technology areas the PID promotes (A advanced manufacturing ... I big data),
// read from assets/content/technology-areas.toml: the list itself is data.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <tl/expected.hpp>

namespace kiosk::core {

struct TechnologyArea {
  std::string id;                              // "A".."I"
  std::string icon;                            // icon name, see kiosk/ui/icons.h
  std::map<std::string, std::string> title;    // language -> text
  std::map<std::string, std::string> summary;  // language -> text
};

// Every problem, "file:line:column: message".
[[nodiscard]] tl::expected<std::vector<TechnologyArea>, std::vector<std::string>> loadTechnologyAreas(
    const std::filesystem::path& file, const std::vector<std::string>& languages);

// The text in `language`, else in the first language that has one.
[[nodiscard]] const std::string& localized(const std::map<std::string, std::string>& texts, const std::string& language);

}  // namespace kiosk::core
