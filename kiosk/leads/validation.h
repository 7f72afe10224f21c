// Form validation, field by field for the UI and whole-lead for the store. Problems are
// translation keys ("leads.error.email"), never text, and never echo the value typed.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/leads/lead.h"

namespace kiosk::leads {

inline constexpr std::string_view kErrRequired = "leads.error.required";
inline constexpr std::string_view kErrEmail = "leads.error.email";
inline constexpr std::string_view kErrPhone = "leads.error.phone";
inline constexpr std::string_view kErrTooLong = "leads.error.too_long";
inline constexpr std::string_view kErrText = "leads.error.text";  // invalid UTF-8 or control characters
inline constexpr std::string_view kErrCompanySize = "leads.error.company_size";
inline constexpr std::string_view kErrConsentRequired = "leads.error.consent_required";
inline constexpr std::string_view kErrConsentRecord = "leads.error.consent_record";  // proof incomplete (a bug)
inline constexpr std::string_view kErrContext = "leads.error.context";  // bad kiosk/event/demo codes (a bug)

struct ValidationRules {
  std::vector<Field> required{Field::FirstName, Field::LastName, Field::Email};
  std::vector<ConsentKind> requiredConsents{ConsentKind::ServiceContact};  // without them nothing is stored
};

struct FieldIssue {
  Field field;
  std::string_view key;
  friend bool operator==(const FieldIssue&, const FieldIssue&) = default;
};

struct ValidationReport {
  std::vector<FieldIssue> fields;
  std::optional<std::string_view> consent;  // kErrConsentRequired / kErrConsentRecord
  std::optional<std::string_view> context;  // kErrContext
  [[nodiscard]] bool ok() const { return fields.empty() && !consent && !context; }
};

// Trims ASCII whitespace, NO-BREAK SPACE, ZERO WIDTH SPACE and BOM at both ends; the
// rest is kept byte for byte (no case or Unicode normalisation of names).
[[nodiscard]] std::string trim(std::string_view text);
[[nodiscard]] bool isValidUtf8(std::string_view text);
// Syntax only (dot-atom local part, UTF-8 allowed, domain with a dot and a 2+ letter TLD).
[[nodiscard]] bool isValidEmail(std::string_view trimmedEmail);
// The dedupe key: trimmed, ASCII letters lowered (SQLite's lower() does the same in migrations).
[[nodiscard]] std::string emailKey(std::string_view email);
// "+39 333 123 4567", "0039 333...", "333 1234567" -> "+393331234567": digits with the
// separators " -./()" allowed, a national number is taken as Italian (+39). nullopt if invalid.
[[nodiscard]] std::optional<std::string> normalizePhone(std::string_view phone);

// One field as the visitor leaves it (value as typed, untrimmed). Interests are checked
// with validateInterests.
[[nodiscard]] std::optional<std::string_view> validateField(Field field, std::string_view value,
                                                            const ValidationRules& rules);
[[nodiscard]] std::optional<std::string_view> validateInterests(const std::vector<std::string>& interests,
                                                                const ValidationRules& rules);
[[nodiscard]] std::optional<std::string_view> validateContext(const VisitContext& context);
[[nodiscard]] std::optional<std::string_view> validateConsents(const std::vector<Consent>& consents,
                                                               const ValidationRules& rules);

// The whole submission, in form order.
[[nodiscard]] ValidationReport validateLead(const Lead& lead, const ValidationRules& rules);

// Trimmed fields, phone in "+<digits>" form when valid, interests trimmed with blanks dropped.
[[nodiscard]] LeadFields normalized(const LeadFields& fields);

}  // namespace kiosk::leads
