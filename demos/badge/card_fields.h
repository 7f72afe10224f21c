// CardFields: what a vCard or MECARD said, decoded to UTF-8 but not yet cleaned or checked against
// the form's limits (parseBadge does that, the same way for both formats).
#pragma once

#include <string>
#include <string_view>

#include <tl/expected.hpp>

#include "demos/badge/badge_payload.h"

namespace kiosk::demos::badge {

struct CardFields {
  std::string firstName;
  std::string lastName;
  std::string fullName;  // FN: split into first/last only when N is missing
  std::string company;
  std::string role;
  std::string email;
  std::string phone;
  std::string locality;
  std::string uid;
};

// `text` is valid UTF-8 except inside quoted-printable values, which carry their own charset.
[[nodiscard]] tl::expected<CardFields, BadgeError> parseVCard(std::string_view text);
[[nodiscard]] tl::expected<CardFields, BadgeError> parseMeCard(std::string_view text);

}  // namespace kiosk::demos::badge
