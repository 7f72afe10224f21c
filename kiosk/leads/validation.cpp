#include "kiosk/leads/validation.h"

#include <algorithm>
#include <cstdint>

namespace kiosk::leads {
namespace {

constexpr std::size_t kMaxShortText = 100;  // code points: names, company, role, municipality
constexpr std::size_t kMaxNote = 1000;
constexpr std::size_t kMaxCode = 32;  // sector, interest codes
constexpr std::size_t kMaxInterests = 32;
constexpr std::size_t kMaxEmailBytes = 254;  // RFC 5321 path limit
constexpr std::size_t kMaxPhoneInput = 32;

// Decodes one UTF-8 sequence at text[i]; returns the code point and advances i, or
// nullopt for malformed, overlong, surrogate or out-of-range input.
std::optional<char32_t> decode(std::string_view text, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(text[k]); };
  const std::uint8_t lead = byte(i);
  std::size_t length = 0;
  char32_t cp = 0;
  if (lead < 0x80) {
    ++i;
    return lead;
  }
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
    cp = lead & 0x1Fu;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    cp = lead & 0x0Fu;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    cp = lead & 0x07u;
  } else {
    return std::nullopt;
  }
  if (i + length > text.size()) return std::nullopt;
  for (std::size_t k = 1; k < length; ++k) {
    const std::uint8_t next = byte(i + k);
    if ((next & 0xC0u) != 0x80u) return std::nullopt;
    cp = (cp << 6) | (next & 0x3Fu);
  }
  if ((length == 3 && cp < 0x800) || (length == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF))
    return std::nullopt;
  i += length;
  return cp;
}

bool isTrimmable(char32_t cp) {
  return cp == U' ' || cp == U'\t' || cp == U'\n' || cp == U'\r' || cp == U'\v' || cp == U'\f' || cp == 0xA0 ||
         cp == 0x200B || cp == 0xFEFF;
}

// Controls, and the bidi embedding/override/isolate marks that can make a name display
// as something else in the staff panel or a spreadsheet.
bool isForbidden(char32_t cp, bool multiline) {
  if (cp == U'\n') return !multiline;
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

// nullopt when fine; otherwise the key. Counts code points, not bytes.
std::optional<std::string_view> checkText(std::string_view text, std::size_t maxCodePoints, bool multiline) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto cp = decode(text, i);
    if (!cp || isForbidden(*cp, multiline)) return kErrText;
    ++count;
  }
  if (count > maxCodePoints) return kErrTooLong;
  return std::nullopt;
}

bool isAsciiAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }
bool isHigh(char c) { return static_cast<unsigned char>(c) >= 0x80; }

bool isValidLocalPart(std::string_view local) {
  static constexpr std::string_view kSpecials = "!#$%&'*+/=?^_`{|}~-.";
  if (local.empty() || local.size() > 64 || local.front() == '.' || local.back() == '.') return false;
  if (local.find("..") != std::string_view::npos) return false;
  return std::all_of(local.begin(), local.end(),
                     [](char c) { return isAsciiAlnum(c) || isHigh(c) || kSpecials.find(c) != std::string_view::npos; });
}

bool isValidDomain(std::string_view domain) {
  if (domain.empty() || domain.size() > 253) return false;
  std::size_t labels = 0;
  std::string_view last;
  std::size_t start = 0;
  while (true) {
    const std::size_t dot = domain.find('.', start);
    const std::string_view label = domain.substr(start, dot == std::string_view::npos ? dot : dot - start);
    if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') return false;
    if (!std::all_of(label.begin(), label.end(), [](char c) { return isAsciiAlnum(c) || isHigh(c) || c == '-'; }))
      return false;
    ++labels;
    last = label;
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  const bool numericTld = std::all_of(last.begin(), last.end(), [](char c) { return c >= '0' && c <= '9'; });
  return labels >= 2 && last.size() >= 2 && !numericTld;
}

bool contains(const std::vector<Field>& fields, Field field) {
  return std::find(fields.begin(), fields.end(), field) != fields.end();
}

}  // namespace

std::string trim(std::string_view text) {
  // Find the first and one-past-last code point that is not trimmable. Invalid UTF-8 is
  // left in place for checkText to report.
  std::size_t begin = text.size();
  std::size_t end = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t at = i;
    const auto cp = decode(text, i);
    if (!cp) {
      i = at + 1;
      begin = std::min(begin, at);
      end = i;
      continue;
    }
    if (!isTrimmable(*cp)) {
      begin = std::min(begin, at);
      end = i;
    }
  }
  return begin < end ? std::string(text.substr(begin, end - begin)) : std::string();
}

bool isValidUtf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();)
    if (!decode(text, i)) return false;
  return true;
}

bool isValidEmail(std::string_view email) {
  if (email.empty() || email.size() > kMaxEmailBytes || !isValidUtf8(email)) return false;
  const std::size_t at = email.rfind('@');
  if (at == std::string_view::npos) return false;
  return isValidLocalPart(email.substr(0, at)) && isValidDomain(email.substr(at + 1));
}

std::string emailKey(std::string_view email) {
  std::string key = trim(email);
  for (char& c : key)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return key;
}

std::optional<std::string> normalizePhone(std::string_view phone) {
  const std::string text = trim(phone);
  if (text.empty() || text.size() > kMaxPhoneInput) return std::nullopt;
  std::string digits;
  bool plus = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      digits += c;
    } else if (c == '+' && i == 0) {
      plus = true;
    } else if (std::string_view(" -./()").find(c) == std::string_view::npos) {
      return std::nullopt;
    }
  }
  if (!plus && digits.starts_with("00")) {
    digits.erase(0, 2);
    plus = true;
  }
  if (!plus) {
    if (digits.size() < 6 || digits.size() > 11) return std::nullopt;  // Italian national numbers
    digits.insert(0, "39");
  }
  if (digits.size() < 8 || digits.size() > 15 || digits.front() == '0') return std::nullopt;  // E.164
  return "+" + digits;
}

std::optional<std::string_view> validateField(Field field, std::string_view value, const ValidationRules& rules) {
  const std::string text = trim(value);
  if (text.empty()) return contains(rules.required, field) ? std::optional(kErrRequired) : std::nullopt;
  switch (field) {
    case Field::Email:
      if (auto bad = checkText(text, kMaxEmailBytes, false)) return bad;
      return isValidEmail(text) ? std::nullopt : std::optional(kErrEmail);
    case Field::Phone:
      return normalizePhone(text) ? std::nullopt : std::optional(kErrPhone);
    case Field::CompanySize:
      return std::find(std::begin(kCompanySizes), std::end(kCompanySizes), text) != std::end(kCompanySizes)
                 ? std::nullopt
                 : std::optional(kErrCompanySize);
    case Field::Sector:
    case Field::Interests:
      return checkText(text, kMaxCode, false);
    case Field::Note:
      return checkText(text, kMaxNote, true);
    case Field::FirstName:
    case Field::LastName:
    case Field::Company:
    case Field::Role:
    case Field::Municipality:
      return checkText(text, kMaxShortText, false);
  }
  return std::nullopt;
}

std::optional<std::string_view> validateInterests(const std::vector<std::string>& interests,
                                                  const ValidationRules& rules) {
  const bool any = std::any_of(interests.begin(), interests.end(), [](const auto& i) { return !trim(i).empty(); });
  if (!any) return contains(rules.required, Field::Interests) ? std::optional(kErrRequired) : std::nullopt;
  if (interests.size() > kMaxInterests) return kErrTooLong;
  for (const auto& interest : interests)
    if (auto bad = checkText(trim(interest), kMaxCode, false)) return bad;
  return std::nullopt;
}

std::optional<std::string_view> validateConsents(const std::vector<Consent>& consents, const ValidationRules& rules) {
  for (const auto& consent : consents) {
    if (trim(consent.noticeVersion).empty() || trim(consent.textShown).empty() || trim(consent.language).empty() ||
        consent.givenAt == Clock::time_point{} || !isValidUtf8(consent.textShown))
      return kErrConsentRecord;
  }
  for (const ConsentKind kind : rules.requiredConsents) {
    // The last answer counts: a box ticked then unticked is not consent.
    const auto answer = std::find_if(consents.rbegin(), consents.rend(), [&](const Consent& c) { return c.kind == kind; });
    if (answer == consents.rend() || !answer->granted) return kErrConsentRequired;
  }
  return std::nullopt;
}

std::optional<std::string_view> validateContext(const VisitContext& context) {
  for (const std::string* text : {&context.kioskId, &context.eventName, &context.assessmentResultId, &context.badgeRef})
    if (checkText(*text, kMaxShortText, false)) return kErrContext;
  if (context.demosTried.size() > kMaxInterests) return kErrContext;
  for (const auto& demo : context.demosTried)
    if (demo.empty() || checkText(demo, kMaxCode, false)) return kErrContext;
  return std::nullopt;
}

ValidationReport validateLead(const Lead& lead, const ValidationRules& rules) {
  const LeadFields& f = lead.fields;
  ValidationReport report;
  const auto check = [&](Field field, const std::string& value) {
    if (auto key = validateField(field, value, rules)) report.fields.push_back({field, *key});
  };
  check(Field::FirstName, f.firstName);
  check(Field::LastName, f.lastName);
  check(Field::Company, f.company);
  check(Field::Role, f.role);
  check(Field::Email, f.email);
  check(Field::Phone, f.phone);
  check(Field::Municipality, f.municipality);
  check(Field::Sector, f.sector);
  check(Field::CompanySize, f.companySize);
  if (auto key = validateInterests(f.interests, rules)) report.fields.push_back({Field::Interests, *key});
  check(Field::Note, f.note);
  report.consent = validateConsents(lead.consents, rules);
  report.context = validateContext(lead.context);
  return report;
}

LeadFields normalized(const LeadFields& fields) {
  LeadFields out;
  out.firstName = trim(fields.firstName);
  out.lastName = trim(fields.lastName);
  out.company = trim(fields.company);
  out.role = trim(fields.role);
  out.email = trim(fields.email);
  out.phone = normalizePhone(fields.phone).value_or(trim(fields.phone));
  out.municipality = trim(fields.municipality);
  out.sector = trim(fields.sector);
  out.companySize = trim(fields.companySize);
  for (const auto& interest : fields.interests)
    if (std::string code = trim(interest); !code.empty()) out.interests.push_back(std::move(code));
  out.note = trim(fields.note);
  return out;
}

}  // namespace kiosk::leads
