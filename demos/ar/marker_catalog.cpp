#include "demos/ar/marker_catalog.h"

#include <algorithm>

#include <toml++/toml.h>

namespace kiosk::demos::ar {
namespace {

std::string at(const std::filesystem::path& file, const toml::source_region& where, const std::string& message) {
  return file.string() + ":" + std::to_string(where.begin.line) + ":" + std::to_string(where.begin.column) + ": " +
         message;
}

bool readTexts(const std::filesystem::path& file, const toml::table& card, const char* key,
               const std::vector<std::string>& languages, std::map<std::string, std::string>& out,
               std::vector<std::string>& errors) {
  const toml::table* texts = card[key].as_table();
  if (!texts) {
    errors.push_back(at(file, card.source(), std::string("card needs ") + key + ".<language> texts"));
    return false;
  }
  bool ok = true;
  for (const auto& language : languages) {
    const auto text = (*texts)[language].value<std::string>();
    if (!text || text->empty()) {
      errors.push_back(at(file, texts->source(), std::string(key) + "." + language + " missing or empty"));
      ok = false;
    } else {
      out[language] = *text;
    }
  }
  return ok;
}

std::optional<std::array<float, 3>> parseColour(const std::string& text) {
  if (text.size() != 7 || text[0] != '#') return std::nullopt;
  std::array<float, 3> out{};
  for (int i = 0; i < 3; ++i) {
    try {
      std::size_t used = 0;
      const int value = std::stoi(text.substr(static_cast<std::size_t>(1 + 2 * i), 2), &used, 16);
      if (used != 2) return std::nullopt;
      out[static_cast<std::size_t>(i)] = static_cast<float>(value) / 255.0f;
    } catch (const std::exception&) {
      return std::nullopt;
    }
  }
  return out;
}

}  // namespace

const MarkerCard* MarkerCatalog::find(int marker) const {
  auto it = std::find_if(cards.begin(), cards.end(), [&](const MarkerCard& c) { return c.marker == marker; });
  return it == cards.end() ? nullptr : &*it;
}

std::set<int> MarkerCatalog::markerIds() const {
  std::set<int> ids;
  for (const auto& card : cards) ids.insert(card.marker);
  return ids;
}

tl::expected<MarkerCatalog, std::vector<std::string>> loadMarkerCatalog(const std::filesystem::path& file,
                                                                         const std::set<std::string>& areaCodes,
                                                                         const std::vector<std::string>& languages) {
  toml::table root;
  try {
    root = toml::parse_file(file.string());
  } catch (const toml::parse_error& e) {
    return tl::unexpected(std::vector<std::string>{at(file, e.source(), std::string(e.description()))});
  }
  MarkerCatalog catalog;
  std::vector<std::string> errors;
  for (const auto& [key, node] : root) {
    if (key != "marker_side_mm" && key != "card") errors.push_back(at(file, node.source(), "unknown key " + std::string(key.str())));
  }
  if (const auto* side = root["marker_side_mm"].node()) {
    const auto value = side->value<double>();
    if (!value || *value < 10 || *value > 500) errors.push_back(at(file, side->source(), "marker_side_mm must be 10..500"));
    else catalog.markerSideMm = *value;
  }
  const toml::array* cards = root["card"].as_array();
  if (!cards || cards->empty()) {
    errors.push_back(file.string() + ":1:1: no [[card]] entries");
    return tl::unexpected(errors);
  }
  const std::set<std::string> known{"marker", "area", "model", "colour", "practice", "services"};
  for (const toml::node& node : *cards) {
    const toml::table* entry = node.as_table();
    if (!entry) continue;
    MarkerCard card;
    for (const auto& [key, value] : *entry)
      if (!known.count(std::string(key.str())))
        errors.push_back(at(file, value.source(), "unknown key card." + std::string(key.str())));
    const auto marker = (*entry)["marker"].value<std::int64_t>();
    if (!marker || *marker < 0 || *marker > 249) {
      errors.push_back(at(file, entry->source(), "card.marker must be a DICT_6X6_250 id, 0..249"));
      continue;
    }
    card.marker = static_cast<int>(*marker);
    if (catalog.find(card.marker))
      errors.push_back(at(file, entry->source(), "marker " + std::to_string(card.marker) + " is used by two cards"));
    const auto area = (*entry)["area"].value<std::string>();
    if (!area || area->empty()) errors.push_back(at(file, entry->source(), "card.area missing"));
    else if (!areaCodes.empty() && !areaCodes.count(*area))
      errors.push_back(at(file, (*entry)["area"].node()->source(), "unknown technology area '" + *area + "'"));
    else card.area = *area;
    if (const auto colour = (*entry)["colour"].value<std::string>()) {
      const auto rgb = parseColour(*colour);
      if (!rgb) errors.push_back(at(file, (*entry)["colour"].node()->source(), "colour must be \"#RRGGBB\""));
      else card.colour = *rgb;
    }
    readTexts(file, *entry, "practice", languages, card.practice, errors);
    readTexts(file, *entry, "services", languages, card.services, errors);
    const auto model = (*entry)["model"].value<std::string>();
    if (!model) {
      errors.push_back(at(file, entry->source(), "card.model missing"));
    } else {
      card.model = file.parent_path() / *model;
      auto mesh = loadObj(card.model);
      if (!mesh) errors.push_back(at(file, (*entry)["model"].node()->source(), mesh.error()));
      else card.mesh = std::move(*mesh);
    }
    catalog.cards.push_back(std::move(card));
  }
  if (!errors.empty()) return tl::unexpected(errors);
  return catalog;
}

}  // namespace kiosk::demos::ar
