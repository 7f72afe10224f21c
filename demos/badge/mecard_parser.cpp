// MECARD (NTT docomo): "MECARD:N:Rossi,Mario;TEL:+39...;EMAIL:...;;". Fields end at an unescaped ';',
// escapes are \; \: \, \\. N is "Family,Given". ORG and TITLE are common extensions.
#include <string>
#include <vector>

#include "demos/badge/card_fields.h"
#include "demos/badge/card_text.h"

namespace kiosk::demos::badge {

tl::expected<CardFields, BadgeError> parseMeCard(std::string_view text) {
  constexpr std::string_view kPrefix = "MECARD:";
  if (!startsWithIgnoreCase(text, kPrefix)) {
    return tl::unexpected(BadgeError{BadgeErrorCode::Malformed, "MECARD without its prefix"});
  }
  text.remove_prefix(kPrefix.size());
  CardFields fields;
  bool sawField = false;
  for (std::string_view field : splitUnescaped(text, ';')) {
    // a line break between fields is tolerated (some generators wrap)
    while (!field.empty() && (field.front() == '\r' || field.front() == '\n' || field.front() == ' ')) field.remove_prefix(1);
    const std::size_t colon = field.find(':');
    if (colon == std::string_view::npos) continue;  // the ";;" terminator, or junk
    const std::string key = upperAscii(field.substr(0, colon));
    const std::string_view value = field.substr(colon + 1);
    sawField = true;
    if (key == "N") {
      const auto parts = splitUnescaped(value, ',');
      if (parts.size() >= 2) {
        fields.lastName = unescapeValue(parts[0]);
        fields.firstName = unescapeValue(parts[1]);
      } else {
        fields.fullName = unescapeValue(value);  // no comma: order unknown, treat like a vCard FN
      }
    } else if (key == "TEL" && fields.phone.empty()) {
      fields.phone = unescapeValue(value);  // no preference in MECARD: the first one
    } else if (key == "EMAIL" && fields.email.empty()) {
      fields.email = unescapeValue(value);
    } else if (key == "ORG") {
      fields.company = unescapeValue(value);
    } else if (key == "TITLE") {
      fields.role = unescapeValue(value);
    } else if (key == "ADR" && fields.locality.empty()) {
      // "PO box, room, street, city, prefecture, zip, country": only a full one says which part is the city
      const auto parts = splitUnescaped(value, ',');
      if (parts.size() >= 4) fields.locality = unescapeValue(parts[3]);
    }
  }
  if (!sawField) return tl::unexpected(BadgeError{BadgeErrorCode::Malformed, "MECARD without fields"});
  return fields;
}

}  // namespace kiosk::demos::badge
