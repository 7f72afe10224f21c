// parseBadge: what a badge carries (a QR from the camera, or a scan from the USB reader) turned into
// the contact fields the lead form can prefill. Formats: vCard 2.1/3.0/4.0, MECARD, or an opaque
// registration id (most trade-show badges: only the organiser can resolve it, so it is kept as the
// lead's badge reference). Payloads come from strangers: every failure is a value, never an exception,
// and nothing here logs or echoes the content.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <tl/expected.hpp>

namespace kiosk::demos::badge {

enum class BadgeFormat { VCard, MeCard, OpaqueId };
[[nodiscard]] std::string_view toString(BadgeFormat format);

// The lead-form fields a badge can fill; all UTF-8, trimmed, free of control characters. Empty = unknown.
struct BadgeContact {
  std::string firstName;
  std::string lastName;
  std::string company;   // vCard ORG (first unit), MECARD ORG
  std::string role;      // TITLE, else ROLE
  std::string email;     // the preferred one, else the first
  std::string phone;     // as written (the lead form normalises it); the preferred one, else the first
  std::string locality;  // the address' locality, "Perugia (PG)" when the region is a province code
  bool operator==(const BadgeContact&) const = default;
};

struct BadgePayload {
  BadgeFormat format = BadgeFormat::OpaqueId;
  BadgeContact contact;
  std::string badgeRef;  // the opaque id, or a vCard UID that looks like one; empty otherwise
  // Fields left empty on purpose, e.g. "role: too long": field names and reasons only, no content.
  std::vector<std::string> warnings;
};

enum class BadgeErrorCode {
  Empty,          // nothing but blanks
  TooLarge,       // over BadgeLimits::maxBytes
  Binary,         // NUL or other control bytes: not text
  Malformed,      // looks like a vCard/MECARD but is broken (no BEGIN, no fields)
  NoContact,      // a well-formed card without a single usable field
  Unrecognised,   // not a card and not an id (spaces, quotes, several lines...)
};
[[nodiscard]] std::string_view toString(BadgeErrorCode code);

struct BadgeError {
  BadgeErrorCode code;
  std::string message;  // for logs and staff: never contains the payload
};

struct BadgeLimits {
  std::size_t maxBytes = 8192;      // a QR holds under 3 KB; a reader scan is capped at 4 KiB
  std::size_t maxFieldChars = 100;  // the lead form's limit for names, company, role, municipality
  std::size_t maxIdBytes = 256;
};

[[nodiscard]] tl::expected<BadgePayload, BadgeError> parseBadge(std::string_view raw, const BadgeLimits& limits = {});

}  // namespace kiosk::demos::badge
