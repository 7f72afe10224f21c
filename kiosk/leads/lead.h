// What a visitor leaves at the kiosk: the form fields, one record per consent question and
// the context of the visit. Plain data; validation.h checks it, lead_store.h stores it.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::leads {

using Clock = std::chrono::system_clock;

// The form fields, in form order. Which are required is configuration (ValidationRules).
enum class Field { FirstName, LastName, Company, Role, Email, Phone, Municipality, Sector, CompanySize, Interests, Note };
inline constexpr Field kAllFields[] = {Field::FirstName, Field::LastName,    Field::Company,     Field::Role,
                                       Field::Email,     Field::Phone,       Field::Municipality, Field::Sector,
                                       Field::CompanySize, Field::Interests, Field::Note};

// "first_name", ...: the database column and the export column of the field.
[[nodiscard]] std::string_view fieldName(Field field);
[[nodiscard]] std::optional<Field> fieldFromName(std::string_view name);

struct LeadFields {
  std::string firstName;
  std::string lastName;
  std::string company;
  std::string role;
  std::string email;
  std::string phone;         // stored as "+<digits>" (see normalizePhone)
  std::string municipality;  // "Comune (PR)", free text
  std::string sector;        // ATECO section code from the assets list, e.g. "C"
  std::string companySize;   // "" or one of kCompanySizes
  std::vector<std::string> interests;  // technology-area codes
  std::string note;
};

inline constexpr std::string_view kCompanySizes[] = {"micro", "small", "medium", "large"};

// The purposes asked separately, each an unticked checkbox (GDPR recital 32).
enum class ConsentKind { ServiceContact, Marketing };
[[nodiscard]] std::string_view toString(ConsentKind kind);  // "service_contact", "marketing"
[[nodiscard]] std::optional<ConsentKind> consentKindFromString(std::string_view text);

// Proof of one answer (Art. 7(1)): what was shown, in which language and version, and when.
// A declined box is recorded too, so the store shows what was asked.
struct Consent {
  ConsentKind kind = ConsentKind::ServiceContact;
  bool granted = false;
  std::string noticeVersion;  // version of the privacy notice on screen
  std::string textShown;      // the exact checkbox wording
  std::string language;       // "it", "en"
  Clock::time_point givenAt;
};

struct VisitContext {
  std::string kioskId;
  std::string eventName;  // set by staff; "" outside events
  std::vector<std::string> demosTried;
  std::string assessmentResultId;  // "" when no assessment was taken
  std::string badgeRef;            // badge/QR reference, "" when typed by hand
};

// One submission from the form.
struct Lead {
  LeadFields fields;
  std::vector<Consent> consents;
  VisitContext context;
};

// The latest answer to one consent question, as stored.
struct ConsentState {
  bool asked = false;
  bool granted = false;
  std::string noticeVersion;
  std::string givenAt;  // UTC ISO-8601
};

// A stored lead as the staff panel and the exports see it. Times are UTC ISO-8601
// ("2024-05-17T09:30:12.345Z").
struct LeadRecord {
  std::string id;  // UUID v4
  std::string createdAt;
  std::string updatedAt;
  std::string kioskId;
  std::string eventName;
  LeadFields fields;
  int visits = 0;
  std::vector<std::string> demosTried;  // over all visits, each once, sorted
  std::string assessmentResultId;       // of the latest visit that had one
  ConsentState serviceContact;
  ConsentState marketing;
  std::string badgeRef;                 // of the latest visit that scanned a badge
};

}  // namespace kiosk::leads
