#include "demos/badge/badge_payload.h"

#include <optional>

#include "demos/badge/card_fields.h"
#include "demos/badge/card_text.h"
#include "demos/badge/text_codec.h"

namespace kiosk::demos::badge {
namespace {

tl::unexpected<BadgeError> failWith(BadgeErrorCode code, std::string message) {
  return tl::unexpected(BadgeError{code, std::move(message)});
}

// Control bytes other than TAB/CR/LF mean binary data (a NUL-padded buffer, an image, a terminal
// escape); refusing them up front keeps every later step on text.
bool hasControlBytes(std::string_view raw) {
  for (char c : raw) {
    const auto b = static_cast<unsigned char>(c);
    if ((b < 0x20 && c != '\t' && c != '\r' && c != '\n') || b == 0x7F) return true;
  }
  return false;
}

std::string_view trimmed(std::string_view s) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (s.substr(0, kBom.size()) == kBom) s.remove_prefix(kBom.size());
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

// A registration id: one token of printable ASCII. Quotes, backslash, ';', '<', '>' and blanks are
// refused, so SQL- or markup-looking text never becomes a reference (the store binds values anyway).
bool isOpaqueId(std::string_view s, std::size_t maxBytes) {
  if (s.empty() || s.size() > maxBytes) return false;
  for (char c : s) {
    const auto b = static_cast<unsigned char>(c);
    if (b <= 0x20 || b >= 0x7F) return false;
    if (c == '\'' || c == '"' || c == '`' || c == '\\' || c == ';' || c == '<' || c == '>') return false;
  }
  return true;
}

// "Mario De Rossi" -> first "Mario De", last "Rossi": a guess the visitor corrects on the form.
void splitFullName(const std::string& full, std::string& first, std::string& last) {
  const std::size_t space = full.rfind(' ');
  if (space == std::string::npos) {
    last = full;
    return;
  }
  first = full.substr(0, space);
  last = full.substr(space + 1);
}

BadgePayload toPayload(BadgeFormat format, CardFields fields, const BadgeLimits& limits) {
  BadgePayload payload;
  payload.format = format;
  std::string fullName;
  if (auto clean = cleanField(fields.fullName, limits.maxFieldChars * 2 + 1)) fullName = *clean;
  if (fields.firstName.empty() && fields.lastName.empty() && !fullName.empty()) {
    splitFullName(fullName, fields.firstName, fields.lastName);
  }
  const struct {
    const char* name;
    std::string* from;
    std::string* to;
  } map[] = {
      {"first_name", &fields.firstName, &payload.contact.firstName},
      {"last_name", &fields.lastName, &payload.contact.lastName},
      {"company", &fields.company, &payload.contact.company},
      {"role", &fields.role, &payload.contact.role},
      {"email", &fields.email, &payload.contact.email},
      {"phone", &fields.phone, &payload.contact.phone},
      {"municipality", &fields.locality, &payload.contact.locality},
  };
  for (const auto& m : map) {
    if (auto clean = cleanField(*m.from, limits.maxFieldChars)) {
      *m.to = std::move(*clean);
    } else {
      payload.warnings.push_back(std::string(m.name) + ": too long");
    }
  }
  if (auto uid = cleanField(fields.uid, limits.maxIdBytes); uid && isOpaqueId(*uid, limits.maxIdBytes)) {
    payload.badgeRef = *uid;
  }
  return payload;
}

}  // namespace

std::string_view toString(BadgeFormat format) {
  switch (format) {
    case BadgeFormat::VCard: return "vcard";
    case BadgeFormat::MeCard: return "mecard";
    case BadgeFormat::OpaqueId: return "id";
  }
  return "unknown";
}

std::string_view toString(BadgeErrorCode code) {
  switch (code) {
    case BadgeErrorCode::Empty: return "empty";
    case BadgeErrorCode::TooLarge: return "too-large";
    case BadgeErrorCode::Binary: return "binary";
    case BadgeErrorCode::Malformed: return "malformed";
    case BadgeErrorCode::NoContact: return "no-contact";
    case BadgeErrorCode::Unrecognised: return "unrecognised";
  }
  return "unknown";
}

tl::expected<BadgePayload, BadgeError> parseBadge(std::string_view raw, const BadgeLimits& limits) {
  if (raw.size() > limits.maxBytes) {
    return failWith(BadgeErrorCode::TooLarge, "badge payload of " + std::to_string(raw.size()) + " bytes");
  }
  if (hasControlBytes(raw)) return failWith(BadgeErrorCode::Binary, "badge payload with control bytes");
  const std::string_view text = trimmed(raw);
  if (text.empty()) return failWith(BadgeErrorCode::Empty, "empty badge payload");

  std::optional<BadgeFormat> format;
  tl::expected<CardFields, BadgeError> fields = tl::unexpected(BadgeError{BadgeErrorCode::Unrecognised, ""});
  if (startsWithIgnoreCase(text, "BEGIN:VCARD")) {
    format = BadgeFormat::VCard;
    fields = parseVCard(text);  // charsets are per value in a vCard
  } else if (startsWithIgnoreCase(text, "MECARD:")) {
    format = BadgeFormat::MeCard;
    fields = parseMeCard(toUtf8(text, ""));
  }
  if (format) {
    if (!fields) return tl::unexpected(fields.error());
    BadgePayload payload = toPayload(*format, std::move(*fields), limits);
    if (payload.contact == BadgeContact{} && payload.badgeRef.empty()) {
      return failWith(BadgeErrorCode::NoContact, std::string(toString(*format)) + " without usable fields");
    }
    return payload;
  }
  if (isOpaqueId(text, limits.maxIdBytes)) {
    BadgePayload payload;
    payload.format = BadgeFormat::OpaqueId;
    payload.badgeRef = std::string(text);
    return payload;
  }
  return failWith(BadgeErrorCode::Unrecognised, "badge payload is neither a card nor an id");
}

}  // namespace kiosk::demos::badge
