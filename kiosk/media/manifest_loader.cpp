#include "kiosk/media/manifest_loader.h"

#include <algorithm>
#include <cmath>
#include <regex>
#include <set>

#include "kiosk/core/toml_file.h"

namespace kiosk::media {
namespace {

using core::describeAt;

constexpr std::array<std::string_view, 7> kWeekdays{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
const std::set<std::string> kItemKeys{"id", "kind", "file", "files", "duration_s", "title", "description",
                                      "areas", "sectors", "demo", "schedule"};
const std::set<std::string> kScheduleKeys{"from", "until", "weekdays", "hours"};

// The entries of an array, or none: a conditional `entriesOf(list)` would copy the
// array, and copies lose their source positions (every message would read line 0).
const toml::array& entriesOf(const toml::array* list) {
  static const toml::array kEmpty;
  return list ? *list : kEmpty;
}

bool known(const std::vector<std::string>& list, const std::string& value) {
  return list.empty() || std::find(list.begin(), list.end(), value) != list.end();
}

// Collects the problems of one [[item]]; the item is kept only when there are none.
class ItemReader {
 public:
  ItemReader(const std::filesystem::path& file, const toml::table& table, const ManifestRules& rules)
      : m_file(file), m_table(table), m_rules(rules) {}

  std::vector<std::string> read(MediaItem& item) {
    item.line = static_cast<int>(m_table.source().begin.line);
    for (const auto& [key, node] : m_table) {
      if (!kItemKeys.contains(std::string(key.str()))) fail(node, "unknown key " + std::string(key.str()));
    }
    readId(item);
    readKind(item);
    readFiles(item);
    readDuration(item);
    core::readLocalized(m_file, m_table, "title", m_rules.languages, item.title, m_problems);
    core::readLocalized(m_file, m_table, "description", m_rules.languages, item.description, m_problems);
    readTags("areas", m_rules.areas, "technology area", item.areas);
    readTags("sectors", m_rules.sectors, "sector", item.sectors);
    if (const toml::node* demo = m_table.get("demo")) {
      if (auto text = demo->value<std::string>()) {
        item.demo = *text;
      } else {
        fail(*demo, "demo must be a string");
      }
    }
    if (const toml::node* schedule = m_table.get("schedule")) readSchedule(*schedule, item);
    // Label every message with the item, and say what happens to it.
    const std::string label = item.id.empty() ? "item" : "item '" + item.id + "'";
    for (std::string& problem : m_problems) problem += " (" + label + " skipped)";
    return std::move(m_problems);
  }

 private:
  void fail(const toml::node& node, const std::string& message) {
    m_problems.push_back(describeAt(m_file, node.source(), message));
  }

  void readId(MediaItem& item) {
    const toml::node* id = m_table.get("id");
    static const std::regex pattern("[A-Za-z0-9][A-Za-z0-9_-]*");
    if (!id || !id->is_string()) {
      m_problems.push_back(describeAt(m_file, m_table.source(), "id is missing"));
    } else if (!std::regex_match(id->value<std::string>().value(), pattern)) {
      fail(*id, "id must be letters, digits, '-' or '_'");
    } else {
      item.id = *id->value<std::string>();
    }
  }

  void readKind(MediaItem& item) {
    const toml::node* kind = m_table.get("kind");
    const std::string text = kind ? kind->value<std::string>().value_or("") : "";
    if (text == "video") {
      item.kind = MediaKind::Video;
    } else if (text == "image") {
      item.kind = MediaKind::Image;
    } else if (text == "slides") {
      item.kind = MediaKind::Slides;
    } else if (!kind) {
      m_problems.push_back(describeAt(m_file, m_table.source(), "kind is missing (\"video\", \"image\" or \"slides\")"));
    } else {
      fail(*kind, "kind must be \"video\", \"image\" or \"slides\"");
    }
  }

  void addFile(const toml::node& node) {
    const auto text = node.value<std::string>();
    if (!text || text->empty()) {
      fail(node, "a media file must be a non-empty string");
      return;
    }
    std::filesystem::path path(*text);
    if (path.is_relative()) path = (m_file.parent_path() / path).lexically_normal();
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) {
      fail(node, "media file " + path.string() + " not found");
      return;
    }
    m_files.push_back(path);
  }

  void readFiles(MediaItem& item) {
    const toml::node* file = m_table.get("file");
    const toml::node* files = m_table.get("files");
    if (item.kind == MediaKind::Slides) {
      const toml::array* list = files ? files->as_array() : nullptr;
      if (!list || list->empty()) {
        m_problems.push_back(describeAt(m_file, files ? files->source() : m_table.source(),
                                        "slides need files = [\"a.png\", ...]"));
        return;
      }
      for (const toml::node& entry : *list) addFile(entry);
    } else if (!file) {
      m_problems.push_back(describeAt(m_file, m_table.source(), "file is missing"));
      return;
    } else {
      addFile(*file);
    }
    item.files = m_files;
  }

  void readDuration(MediaItem& item) {
    const toml::node* duration = m_table.get("duration_s");
    if (!duration) return;
    const auto seconds = duration->value<double>();
    if (!seconds || !std::isfinite(*seconds) || *seconds < 1 || *seconds > 600) {
      fail(*duration, "duration_s must be a number of seconds in 1..600");
    } else if (item.kind == MediaKind::Video) {
      fail(*duration, "duration_s is for stills; a video plays to its end");
    } else {
      item.stillDuration = std::chrono::milliseconds(static_cast<long long>(*seconds * 1000));
    }
  }

  void readTags(std::string_view key, const std::vector<std::string>& allowed, std::string_view what,
                std::vector<std::string>& out) {
    const toml::node* node = m_table.get(key);
    if (!node) return;
    const toml::array* list = node->as_array();
    if (!list) {
      fail(*node, std::string(key) + " must be a list of strings");
      return;
    }
    for (const toml::node& entry : *list) {
      const auto text = entry.value<std::string>();
      if (!text) {
        fail(entry, std::string(key) + " must be a list of strings");
      } else if (!known(allowed, *text)) {
        fail(entry, "unknown " + std::string(what) + " '" + *text + "'");
      } else {
        out.push_back(*text);
      }
    }
  }

  std::optional<Date> readDate(const toml::table& table, std::string_view key) {
    const toml::node* node = table.get(key);
    if (!node) return std::nullopt;
    if (const auto date = node->value<toml::date>()) return Date{date->year, date->month, date->day};
    fail(*node, "schedule." + std::string(key) + " must be a date like 2026-03-01 (no quotes)");
    return std::nullopt;
  }

  void readSchedule(const toml::node& node, MediaItem& item) {
    const toml::table* table = node.as_table();
    if (!table) {
      fail(node, "schedule must be a table ([item.schedule])");
      return;
    }
    Schedule schedule;
    for (const auto& [key, value] : *table) {
      if (!kScheduleKeys.contains(std::string(key.str()))) fail(value, "unknown key schedule." + std::string(key.str()));
    }
    schedule.from = readDate(*table, "from");
    schedule.until = readDate(*table, "until");
    if (schedule.from && schedule.until && *schedule.until < *schedule.from) {
      fail(*table->get("until"), "schedule.until is before schedule.from");
    }
    if (const toml::node* weekdays = table->get("weekdays")) {
      schedule.weekdays = 0;
      const toml::array* list = weekdays->as_array();
      if (!list || list->empty()) fail(*weekdays, "schedule.weekdays must list days like \"mon\"");
      for (const toml::node& entry : entriesOf(list)) {
        const std::string day = entry.value<std::string>().value_or("");
        const auto found = std::find(kWeekdays.begin(), kWeekdays.end(), day);
        if (found == kWeekdays.end()) {
          fail(entry, "unknown weekday '" + day + "' (mon, tue, wed, thu, fri, sat, sun)");
        } else {
          schedule.weekdays |= 1U << static_cast<unsigned>(found - kWeekdays.begin());
        }
      }
    }
    if (const toml::node* hours = table->get("hours")) {
      const toml::array* list = hours->as_array();
      if (!list || list->empty()) fail(*hours, "schedule.hours must list windows like \"08:00-13:00\"");
      for (const toml::node& entry : entriesOf(list)) {
        const std::string text = entry.value<std::string>().value_or("");
        if (auto window = core::parseTimeWindow(text)) {
          schedule.hours.push_back(*window);
        } else {
          fail(entry, window.error());
        }
      }
    }
    item.schedule = schedule;
  }

  const std::filesystem::path& m_file;
  const toml::table& m_table;
  const ManifestRules& m_rules;
  std::vector<std::filesystem::path> m_files;
  std::vector<std::string> m_problems;
};

void readPlaylists(const std::filesystem::path& file, const toml::node& node, Catalog& catalog,
                   const std::set<std::string>& skipped) {
  const toml::array* list = node.as_array();
  if (!list) {
    catalog.problems.push_back(describeAt(file, node.source(), "playlist must be [[playlist]] tables"));
    return;
  }
  for (const toml::node& entry : *list) {
    const toml::table* table = entry.as_table();
    const auto id = table ? (*table)["id"].value<std::string>() : std::nullopt;
    const toml::array* items = table ? (*table)["items"].as_array() : nullptr;
    if (!id || !items) {
      catalog.problems.push_back(describeAt(file, entry.source(), "a playlist needs id and items = [...] (skipped)"));
      continue;
    }
    for (const auto& [key, value] : *table) {
      if (key.str() != "id" && key.str() != "items") {
        catalog.problems.push_back(describeAt(file, value.source(), "unknown key " + std::string(key.str())));
      }
    }
    Playlist playlist{*id, {}};
    for (const toml::node& ref : *items) {
      const std::string name = ref.value<std::string>().value_or("");
      if (catalog.find(name)) {
        playlist.items.push_back(name);
      } else if (!skipped.contains(name)) {  // a skipped item already has its message
        catalog.problems.push_back(
            describeAt(file, ref.source(), "playlist '" + *id + "': unknown item '" + name + "' (left out)"));
      }
    }
    catalog.playlists.push_back(std::move(playlist));
  }
}

}  // namespace

tl::expected<Catalog, std::string> loadManifest(const std::filesystem::path& file, const ManifestRules& rules) {
  auto parsed = core::parseTomlFile(file);
  if (!parsed) return tl::unexpected(parsed.error());
  Catalog catalog;
  catalog.manifest = file;
  std::set<std::string> skipped;
  for (const auto& [key, node] : *parsed) {
    if (key.str() != "item" && key.str() != "playlist") {
      catalog.problems.push_back(describeAt(file, node.source(), "unknown key " + std::string(key.str())));
    }
  }
  if (const toml::node* items = parsed->get("item")) {
    const toml::array* list = items->as_array();
    if (!list) catalog.problems.push_back(describeAt(file, items->source(), "item must be [[item]] tables"));
    for (const toml::node& entry : entriesOf(list)) {
      const toml::table* table = entry.as_table();
      if (!table) {
        catalog.problems.push_back(describeAt(file, entry.source(), "item must be a table (skipped)"));
        continue;
      }
      MediaItem item;
      auto problems = ItemReader(file, *table, rules).read(item);
      if (problems.empty() && catalog.find(item.id)) {
        problems.push_back(describeAt(file, table->source(), "duplicate id '" + item.id + "' (item skipped)"));
      }
      if (!problems.empty()) {
        if (!item.id.empty()) skipped.insert(item.id);
        catalog.problems.insert(catalog.problems.end(), problems.begin(), problems.end());
        continue;
      }
      catalog.items.push_back(std::move(item));
    }
  }
  if (const toml::node* playlists = parsed->get("playlist")) readPlaylists(file, *playlists, catalog, skipped);
  return catalog;
}

}  // namespace kiosk::media
