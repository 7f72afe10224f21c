#include "kiosk/leads/lead.h"

#include <array>
#include <utility>

namespace kiosk::leads {
namespace {

constexpr std::array<std::pair<Field, std::string_view>, 11> kFieldNames{{
    {Field::FirstName, "first_name"},
    {Field::LastName, "last_name"},
    {Field::Company, "company"},
    {Field::Role, "role"},
    {Field::Email, "email"},
    {Field::Phone, "phone"},
    {Field::Municipality, "municipality"},
    {Field::Sector, "sector"},
    {Field::CompanySize, "company_size"},
    {Field::Interests, "interests"},
    {Field::Note, "note"},
}};

}  // namespace

std::string_view fieldName(Field field) {
  for (const auto& [f, name] : kFieldNames)
    if (f == field) return name;
  return "unknown";
}

std::optional<Field> fieldFromName(std::string_view name) {
  for (const auto& [f, n] : kFieldNames)
    if (n == name) return f;
  return std::nullopt;
}

std::string_view toString(ConsentKind kind) {
  switch (kind) {
    case ConsentKind::ServiceContact: return "service_contact";
    case ConsentKind::Marketing: return "marketing";
  }
  return "unknown";
}

std::optional<ConsentKind> consentKindFromString(std::string_view text) {
  if (text == "service_contact") return ConsentKind::ServiceContact;
  if (text == "marketing") return ConsentKind::Marketing;
  return std::nullopt;
}

}  // namespace kiosk::leads
