#include "demos/traceability/product_catalog.h"

#include <algorithm>
#include <cctype>
#include <set>

#include <toml++/toml.h>

namespace kiosk::demos {
namespace {

using devices::ErrorCode;
using devices::fail;

constexpr std::size_t kMaxTagBytes = 64;

std::string where(const std::filesystem::path& file, const toml::source_region& source) {
  return file.filename().string() + ":" + std::to_string(source.begin.line);
}

std::string lowerAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view trim(std::string_view text) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && blank(text.back())) text.remove_suffix(1);
  return text;
}

// A tag as a reader prints it: visible ASCII, no blanks.
bool validTag(std::string_view tag) {
  if (tag.empty() || tag.size() > kMaxTagBytes) return false;
  return std::all_of(tag.begin(), tag.end(), [](char c) { return c > 0x20 && c < 0x7F; });
}

// YYYY-MM-DD with a plausible month and day.
bool validDate(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
    if (!std::isdigit(static_cast<unsigned char>(date[i]))) return false;
  }
  const int month = (date[5] - '0') * 10 + (date[6] - '0');
  const int day = (date[8] - '0') * 10 + (date[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// A `{ it = "...", en = "..." }` table; `required` texts must exist in every language.
tl::expected<LocalizedText, std::string> readTexts(const toml::table& entry, const char* key,
                                                   const std::vector<std::string>& languages, bool required) {
  LocalizedText out;
  const toml::node_view<const toml::node> node = entry[key];
  if (!node) {
    if (required) return tl::unexpected(std::string(key) + " is missing");
    return out;
  }
  const toml::table* texts = node.as_table();
  if (!texts) return tl::unexpected(std::string(key) + " must be a table of languages, e.g. { it = \"...\", en = \"...\" }");
  for (const auto& [language, value] : *texts) {
    const auto text = value.value<std::string>();
    if (!text) return tl::unexpected(std::string(key) + "." + std::string(language.str()) + " must be text");
    out[std::string(language.str())] = *text;
  }
  if (required) {
    for (const std::string& language : languages) {
      const auto it = out.find(language);
      if (it == out.end() || trim(it->second).empty()) {
        return tl::unexpected(std::string(key) + " has no text in '" + language + "'");
      }
    }
  }
  return out;
}

devices::Result<JourneyStep> readStep(const std::filesystem::path& file, const toml::table& entry,
                                      const std::vector<std::string>& languages) {
  const std::string at = where(file, entry.source()) + ": step: ";
  JourneyStep step;
  step.date = entry["date"].value_or(std::string());
  if (!validDate(step.date)) return fail(ErrorCode::InvalidData, at + "date must be YYYY-MM-DD");
  for (auto [key, out, required] : {std::tuple{"place", &step.place, true}, std::tuple{"title", &step.title, true},
                                    std::tuple{"text", &step.text, false}}) {
    auto texts = readTexts(entry, key, languages, required);
    if (!texts) return fail(ErrorCode::InvalidData, at + texts.error());
    *out = std::move(*texts);
  }
  return step;
}

}  // namespace

const std::string& localizedOr(const LocalizedText& text, const std::string& language) {
  static const std::string kEmpty;
  if (const auto it = text.find(language); it != text.end() && !it->second.empty()) return it->second;
  for (const auto& [_, value] : text) {
    if (!value.empty()) return value;
  }
  return kEmpty;
}

const TracedProduct* ProductCatalog::findByTag(std::string_view scan) const {
  const std::string wanted = lowerAscii(trim(scan));
  if (wanted.empty()) return nullptr;
  for (const TracedProduct& product : products) {
    for (const std::string& tag : product.tags) {
      if (lowerAscii(tag) == wanted) return &product;
    }
  }
  return nullptr;
}

devices::Result<ProductCatalog> loadProductCatalog(const std::filesystem::path& file,
                                                   const std::vector<std::string>& languages) {
  const std::string name = file.filename().string();
  toml::table root;
  try {
    root = toml::parse_file(file.string());
  } catch (const toml::parse_error& e) {
    return fail(ErrorCode::InvalidData, where(file, e.source()) + ": " + std::string(e.description()));
  }
  const toml::array* list = root["product"].as_array();
  if (!list || list->empty()) return fail(ErrorCode::InvalidData, name + ": no [[product]] entries");
  ProductCatalog catalog;
  std::set<std::string> ids;
  std::set<std::string> tags;  // lower case: a tag must name one product
  for (const toml::node& node : *list) {
    const toml::table* entry = node.as_table();
    if (!entry) return fail(ErrorCode::InvalidData, name + ": product must be a table");
    const std::string at = where(file, entry->source()) + ": ";
    TracedProduct product;
    product.id = (*entry)["id"].value_or(std::string());
    if (product.id.empty()) return fail(ErrorCode::InvalidData, at + "product without id");
    if (!ids.insert(product.id).second) return fail(ErrorCode::InvalidData, at + "duplicate product id " + product.id);
    const std::string of = at + "product " + product.id + ": ";

    const toml::array* tagList = (*entry)["tags"].as_array();
    if (!tagList || tagList->empty()) return fail(ErrorCode::InvalidData, of + "tags must list at least one tag id");
    for (const toml::node& tagNode : *tagList) {
      const auto tag = tagNode.value<std::string>();
      if (!tag || !validTag(*tag)) {
        return fail(ErrorCode::InvalidData, where(file, tagNode.source()) + ": product " + product.id +
                                                ": a tag is 1 to 64 visible ASCII characters without blanks");
      }
      if (!tags.insert(lowerAscii(*tag)).second) {
        return fail(ErrorCode::InvalidData, where(file, tagNode.source()) + ": tag " + *tag + " names two products");
      }
      product.tags.push_back(*tag);
    }
    for (auto [key, out] : {std::pair{"name", &product.name}, std::pair{"origin", &product.origin}}) {
      auto texts = readTexts(*entry, key, languages, true);
      if (!texts) return fail(ErrorCode::InvalidData, of + texts.error());
      *out = std::move(*texts);
    }
    const std::string picture = (*entry)["picture"].value_or(std::string());
    product.picture = file.parent_path() / picture;
    if (picture.empty() || !std::filesystem::is_regular_file(product.picture)) {
      return fail(ErrorCode::NotFound, of + "picture file '" + picture + "' not found");
    }
    const toml::array* steps = (*entry)["step"].as_array();
    if (!steps || steps->empty()) return fail(ErrorCode::InvalidData, of + "needs at least one [[product.step]]");
    for (const toml::node& stepNode : *steps) {
      const toml::table* stepTable = stepNode.as_table();
      if (!stepTable) return fail(ErrorCode::InvalidData, of + "a step must be a table");
      auto step = readStep(file, *stepTable, languages);
      if (!step) return tl::unexpected(step.error());
      if (!product.steps.empty() && step->date < product.steps.back().date) {
        return fail(ErrorCode::InvalidData, where(file, stepTable->source()) + ": step: dates must not go backwards");
      }
      product.steps.push_back(std::move(*step));
    }
    catalog.products.push_back(std::move(product));
  }
  return catalog;
}

}  // namespace kiosk::demos
