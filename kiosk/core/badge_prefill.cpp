#include "kiosk/core/badge_prefill.h"

#include <utility>

#include "demos/badge/badge_payload.h"

namespace kiosk::core {

BadgePrefill prefillFromBadge(LeadForm& form, std::string_view raw) {
  BadgePrefill result;
  demos::badge::BadgeLimits limits;
  limits.maxFieldChars = 80;  // what the form's keyboard lets a visitor type (ContactScreen)
  auto parsed = demos::badge::parseBadge(raw, limits);
  if (!parsed) {
    result.reason = std::string(demos::badge::toString(parsed.error().code));
    return result;
  }
  demos::badge::BadgeContact& contact = parsed->contact;
  const std::pair<leads::Field, std::string*> sources[] = {
      {leads::Field::FirstName, &contact.firstName}, {leads::Field::LastName, &contact.lastName},
      {leads::Field::Company, &contact.company},     {leads::Field::Role, &contact.role},
      {leads::Field::Email, &contact.email},         {leads::Field::Phone, &contact.phone},
      {leads::Field::Municipality, &contact.locality}};
  for (auto& [field, value] : sources) {
    std::string& target = form.text(field);
    if (!value->empty() && target.empty()) {
      target = *value;
      result.filled.push_back(field);
    }
    scrub(*value);
  }
  result.badgeRef = std::move(parsed->badgeRef);
  if (!result.filled.empty()) {
    result.outcome = BadgePrefill::Outcome::Filled;
  } else if (parsed->format == demos::badge::BadgeFormat::OpaqueId) {
    result.outcome = BadgePrefill::Outcome::IdOnly;
  } else {
    result.outcome = BadgePrefill::Outcome::NothingNew;
  }
  return result;
}

}  // namespace kiosk::core
