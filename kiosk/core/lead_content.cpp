#include "kiosk/core/lead_content.h"

#include <algorithm>
#include <set>

#include <toml++/toml.h>

#include "kiosk/core/toml_file.h"

namespace kiosk::core {
namespace {

using Errors = std::vector<std::string>;

std::vector<Sector> readSectors(const std::filesystem::path& file, const std::vector<std::string>& languages,
                                Errors& errors) {
  auto parsed = parseTomlFile(file);
  if (!parsed) {
    errors.push_back(parsed.error());
    return {};
  }
  const toml::array* list = (*parsed)["sector"].as_array();
  if (!list || list->empty()) {
    errors.push_back(file.string() + ": no [[sector]] entries");
    return {};
  }
  std::vector<Sector> sectors;
  std::set<std::string> codes;
  for (const toml::node& node : *list) {
    const toml::table* entry = node.as_table();
    if (!entry) continue;
    Sector sector;
    sector.code = entry->at_path("code").value_or(std::string());
    if (sector.code.empty()) errors.push_back(describeAt(file, entry->source(), "sector without code"));
    if (!codes.insert(sector.code).second) {
      errors.push_back(describeAt(file, entry->source(), "duplicate sector code " + sector.code));
    }
    readLocalized(file, *entry, "name", languages, sector.name, errors);
    sectors.push_back(std::move(sector));
  }
  return sectors;
}

PrivacyNotice readPrivacy(const std::filesystem::path& file, const std::vector<std::string>& languages,
                          Errors& errors) {
  auto parsed = parseTomlFile(file);
  if (!parsed) {
    errors.push_back(parsed.error());
    return {};
  }
  PrivacyNotice privacy;
  privacy.version = (*parsed)["version"].value_or(std::string());
  if (privacy.version.empty()) errors.push_back(file.string() + ": version is required (stored with every consent)");
  readLocalized(file, *parsed, "controller", languages, privacy.controller, errors);
  readLocalized(file, *parsed, "notice", languages, privacy.notice, errors);

  const toml::table* consents = (*parsed)["consent"].as_table();
  if (!consents) {
    errors.push_back(file.string() + ": no [consent.*] tables");
    return privacy;
  }
  for (const auto& [key, node] : *consents) {
    const toml::table* entry = node.as_table();
    const auto kind = leads::consentKindFromString(key.str());
    if (!entry || !kind) {
      errors.push_back(describeAt(file, node.source(), "unknown consent '" + std::string(key.str()) +
                                                           "' (service_contact, marketing)"));
      continue;
    }
    ConsentText consent;
    consent.kind = *kind;
    consent.required = (*entry)["required"].value_or(false);
    readLocalized(file, *entry, "text", languages, consent.text, errors);
    privacy.consents.push_back(std::move(consent));
  }
  // The form asks in a fixed order whatever the file's order: the service contact first.
  std::sort(privacy.consents.begin(), privacy.consents.end(),
            [](const ConsentText& a, const ConsentText& b) { return a.kind < b.kind; });
  return privacy;
}

}  // namespace

tl::expected<LeadContent, std::vector<std::string>> loadLeadContent(const std::filesystem::path& dir,
                                                                   const std::vector<std::string>& languages) {
  Errors errors;
  LeadContent content;
  content.sectors = readSectors(dir / "sectors.toml", languages, errors);
  content.privacy = readPrivacy(dir / "privacy.toml", languages, errors);
  if (!errors.empty()) return tl::unexpected(std::move(errors));
  return content;
}

}  // namespace kiosk::core
