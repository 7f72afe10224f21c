#include "kiosk/core/technology_areas.h"

#include <set>

#include <toml++/toml.h>

#include "kiosk/core/toml_file.h"

namespace kiosk::core {

tl::expected<std::vector<TechnologyArea>, std::vector<std::string>> loadTechnologyAreas(
    const std::filesystem::path& file, const std::vector<std::string>& languages) {
  auto parsed = parseTomlFile(file);
  if (!parsed) return tl::unexpected(std::vector<std::string>{parsed.error()});

  std::vector<std::string> errors;
  std::vector<TechnologyArea> areas;
  std::set<std::string> ids;
  const toml::array* list = (*parsed)["area"].as_array();
  if (!list || list->empty()) return tl::unexpected(std::vector<std::string>{file.string() + ": no [[area]] entries"});
  for (const toml::node& node : *list) {
    const toml::table* entry = node.as_table();
    if (!entry) continue;
    TechnologyArea area;
    area.id = entry->at_path("id").value_or(std::string());
    area.icon = entry->at_path("icon").value_or(std::string());
    if (area.id.empty()) errors.push_back(describeAt(file, entry->source(), "area without id"));
    if (!ids.insert(area.id).second) errors.push_back(describeAt(file, entry->source(), "duplicate area id " + area.id));
    readLocalized(file, *entry, "title", languages, area.title, errors);
    readLocalized(file, *entry, "summary", languages, area.summary, errors);
    areas.push_back(std::move(area));
  }
  if (!errors.empty()) return tl::unexpected(std::move(errors));
  return areas;
}

const std::string& localized(const std::map<std::string, std::string>& texts, const std::string& language) {
  static const std::string empty;
  if (const auto it = texts.find(language); it != texts.end()) return it->second;
  return texts.empty() ? empty : texts.begin()->second;
}

}  // namespace kiosk::core
