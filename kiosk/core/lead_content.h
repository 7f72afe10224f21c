// What the lead form shows that is data, not code: the sector list (ATECO sections) and the
// versioned privacy notice with the wording of each consent, from assets/leads/.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <tl/expected.hpp>

#include "kiosk/leads/lead.h"

namespace kiosk::core {

using LocalizedText = std::map<std::string, std::string>;  // language -> text

struct Sector {
  std::string code;  // ATECO section letter, stored with the lead
  LocalizedText name;
};

struct ConsentText {
  leads::ConsentKind kind = leads::ConsentKind::ServiceContact;
  bool required = false;  // a lead without it is not stored
  LocalizedText text;     // the exact checkbox wording, stored with the answer
};

struct PrivacyNotice {
  std::string version;  // stored with every consent; raised whenever a text changes
  LocalizedText controller;
  LocalizedText notice;
  std::vector<ConsentText> consents;  // in the order the form asks them
};

struct LeadContent {
  std::vector<Sector> sectors;
  PrivacyNotice privacy;
};

// Reads <dir>/sectors.toml and <dir>/privacy.toml; every problem as "file:line:column: message".
[[nodiscard]] tl::expected<LeadContent, std::vector<std::string>> loadLeadContent(
    const std::filesystem::path& dir, const std::vector<std::string>& languages);

}  // namespace kiosk::core
