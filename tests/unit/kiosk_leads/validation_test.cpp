#include "kiosk/leads/validation.h"

#include <gtest/gtest.h>

#include "tests/unit/kiosk_leads/leads_test_util.h"

namespace kiosk::leads {
namespace {

using test::sampleLead;

TEST(Trim, BlanksGoUnicodeStays) {
  EXPECT_EQ(trim("  Zoë \t\r\n"), "Zoë");
  EXPECT_EQ(trim("\xC2\xA0Niccolò\xC2\xA0"), "Niccolò");        // NO-BREAK SPACE from on-screen keyboards
  EXPECT_EQ(trim("\xE2\x80\x8B" "Anna\xEF\xBB\xBF"), "Anna");    // ZERO WIDTH SPACE, BOM
  EXPECT_EQ(trim("Maria  Grazia"), "Maria  Grazia");             // inner blanks kept as typed
  EXPECT_EQ(trim("   "), "");
  // Decomposed "e + combining grave" stays decomposed: no normalisation of names.
  EXPECT_EQ(trim(" Perche\xCC\x80 "), "Perche\xCC\x80");
}

TEST(Utf8, RejectsMalformedSequences) {
  EXPECT_TRUE(isValidUtf8("Zoë 😀 東京"));
  EXPECT_FALSE(isValidUtf8("\xC3"));              // truncated
  EXPECT_FALSE(isValidUtf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(isValidUtf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(isValidUtf8("\xF4\x90\x80\x80"));  // beyond U+10FFFF
  EXPECT_FALSE(isValidUtf8("abc\xFF"));
}

TEST(Email, Syntax) {
  for (const char* good : {"mario.rossi@example.it", "a@b.co", "first+tag@sub.domain.com", "o'neil@example.ie",
                           "zoë@perché.it", "UPPER@EXAMPLE.IT"})
    EXPECT_TRUE(isValidEmail(good)) << good;
  for (const char* bad : {"", "mario", "mario@", "@example.it", "mario@example", "mario@@example.it",
                          "mario rossi@example.it", ".mario@example.it", "mario.@example.it", "ma..rio@example.it",
                          "mario@-example.it", "mario@example-.it", "mario@example.i", "mario@example.123",
                          "mario@exa_mple.it", "mario@.example.it", "mario@example..it", "mario,rossi@example.it"})
    EXPECT_FALSE(isValidEmail(bad)) << bad;
  EXPECT_FALSE(isValidEmail(std::string(65, 'a') + "@example.it"));  // local part over 64
}

TEST(Email, KeyIgnoresCaseAndBlanks) {
  EXPECT_EQ(emailKey("  Mario.Rossi@Example.IT "), "mario.rossi@example.it");
  EXPECT_EQ(emailKey("ZOË@x.it"), "zoË@x.it");  // only ASCII folds, like SQLite's lower()
}

TEST(Phone, NormalisedToE164WithItalianDefault) {
  EXPECT_EQ(normalizePhone("+39 333 123 4567"), "+393331234567");
  EXPECT_EQ(normalizePhone("0039 333-123.4567"), "+393331234567");
  EXPECT_EQ(normalizePhone("333 1234567"), "+393331234567");
  EXPECT_EQ(normalizePhone("075 123456"), "+39075123456");  // Italian landlines keep their 0
  EXPECT_EQ(normalizePhone("+41 (44) 668 18 00"), "+41446681800");
  EXPECT_EQ(normalizePhone(" +44 20 7946 0958 "), "+442079460958");
  for (const char* bad : {"", "abc", "12", "+39", "333 12a4567", "+39 333 123 4567 890 12", "3331234567+",
                          "+0 333 1234567", "++39333123456", "333\xC2\xA0" "1234567x"})
    EXPECT_FALSE(normalizePhone(bad)) << bad;
}

TEST(ValidateField, MessagesAreKeysAndRequiredComesFromRules) {
  ValidationRules rules;  // first name, last name, email required
  EXPECT_EQ(validateField(Field::FirstName, "  ", rules), kErrRequired);
  EXPECT_EQ(validateField(Field::Company, "", rules), std::nullopt);
  rules.required = {Field::Company};
  EXPECT_EQ(validateField(Field::Company, "", rules), kErrRequired);
  EXPECT_EQ(validateField(Field::FirstName, "", rules), std::nullopt);

  EXPECT_EQ(validateField(Field::Email, "mario@", rules), kErrEmail);
  EXPECT_EQ(validateField(Field::Email, " mario@example.it ", rules), std::nullopt);
  EXPECT_EQ(validateField(Field::Phone, "12ab", rules), kErrPhone);
  EXPECT_EQ(validateField(Field::Phone, "", rules), std::nullopt);  // optional unless configured
  EXPECT_EQ(validateField(Field::CompanySize, "huge", rules), kErrCompanySize);
  EXPECT_EQ(validateField(Field::CompanySize, "medium", rules), std::nullopt);
  EXPECT_EQ(validateField(Field::LastName, std::string(101, 'x'), rules), kErrTooLong);
  EXPECT_EQ(validateField(Field::LastName, std::string(50, 'x') + "ò", rules), std::nullopt);
  // 100 accented letters are 200 bytes but 100 characters: allowed.
  std::string hundred;
  for (int i = 0; i < 100; ++i) hundred += "à";
  EXPECT_EQ(validateField(Field::LastName, hundred, rules), std::nullopt);
}

TEST(ValidateField, ControlAndBidiCharactersRefused) {
  const ValidationRules rules;
  EXPECT_EQ(validateField(Field::FirstName, "Ma\x01rio", rules), kErrText);
  EXPECT_EQ(validateField(Field::FirstName, "Ma\nrio", rules), kErrText);
  EXPECT_EQ(validateField(Field::FirstName, "abc\xE2\x80\xAE" "cba", rules), kErrText);  // RIGHT-TO-LEFT OVERRIDE
  EXPECT_EQ(validateField(Field::FirstName, "Mar\xC3", rules), kErrText);                // broken UTF-8
  EXPECT_EQ(validateField(Field::Note, "riga 1\nriga 2", rules), std::nullopt);         // notes may be multi-line
  EXPECT_EQ(validateField(Field::Note, std::string(1001, 'n'), rules), kErrTooLong);
  EXPECT_EQ(validateField(Field::FirstName, "محمد", rules), std::nullopt);
  EXPECT_EQ(validateField(Field::FirstName, "👩‍🔧 Anna", rules), std::nullopt);
}

TEST(ValidateLead, SampleIsValid) {
  const auto report = validateLead(sampleLead(), ValidationRules{});
  EXPECT_TRUE(report.ok()) << (report.fields.empty() ? "" : fieldName(report.fields[0].field));
}

TEST(ValidateLead, ReportsEveryFieldInFormOrder) {
  Lead lead = sampleLead("not-an-email");
  lead.fields.firstName = "";
  lead.fields.phone = "x";
  const auto report = validateLead(lead, ValidationRules{});
  ASSERT_EQ(report.fields.size(), 3u);
  EXPECT_EQ(report.fields[0], (FieldIssue{Field::FirstName, kErrRequired}));
  EXPECT_EQ(report.fields[1], (FieldIssue{Field::Email, kErrEmail}));
  EXPECT_EQ(report.fields[2], (FieldIssue{Field::Phone, kErrPhone}));
}

TEST(ValidateLead, RequiredConsentMustBeGrantedInTheLastAnswer) {
  const ValidationRules rules;
  Lead lead = sampleLead();
  lead.consents = {test::consent(ConsentKind::Marketing, true)};
  EXPECT_EQ(validateLead(lead, rules).consent, kErrConsentRequired);
  lead.consents = {test::consent(ConsentKind::ServiceContact, false)};
  EXPECT_EQ(validateLead(lead, rules).consent, kErrConsentRequired);
  lead.consents = {test::consent(ConsentKind::ServiceContact, true), test::consent(ConsentKind::ServiceContact, false)};
  EXPECT_EQ(validateLead(lead, rules).consent, kErrConsentRequired);
  lead.consents = {test::consent(ConsentKind::ServiceContact, true)};
  EXPECT_EQ(validateLead(lead, rules).consent, std::nullopt);
  // Marketing declined is fine: it is optional.
  lead.consents.push_back(test::consent(ConsentKind::Marketing, false));
  EXPECT_TRUE(validateLead(lead, rules).ok());
}

TEST(ValidateLead, ConsentWithoutItsProofIsABug) {
  Lead lead = sampleLead();
  lead.consents[0].textShown = "";
  EXPECT_EQ(validateLead(lead, ValidationRules{}).consent, kErrConsentRecord);
  lead = sampleLead();
  lead.consents[1].noticeVersion = " ";
  EXPECT_EQ(validateLead(lead, ValidationRules{}).consent, kErrConsentRecord);
  lead = sampleLead();
  lead.consents[0].givenAt = {};
  EXPECT_EQ(validateLead(lead, ValidationRules{}).consent, kErrConsentRecord);
}

TEST(ValidateLead, ContextCodesMustBeCleanText) {
  Lead lead = sampleLead();
  lead.context.demosTried.push_back("bad\x1f" "code");
  EXPECT_EQ(validateLead(lead, ValidationRules{}).context, kErrContext);
  lead = sampleLead();
  lead.context.demosTried.push_back("");
  EXPECT_EQ(validateLead(lead, ValidationRules{}).context, kErrContext);
}

TEST(Normalized, TrimsAndCanonicalisesPhone) {
  LeadFields f;
  f.firstName = "  Zoë ";
  f.email = " Zoe@Example.it ";
  f.phone = "333 123 4567";
  f.interests = {" A ", "", "  "};
  const LeadFields n = normalized(f);
  EXPECT_EQ(n.firstName, "Zoë");
  EXPECT_EQ(n.email, "Zoe@Example.it");  // kept as typed; only the dedupe key folds case
  EXPECT_EQ(n.phone, "+393331234567");
  EXPECT_EQ(n.interests, std::vector<std::string>{"A"});
}

}  // namespace
}  // namespace kiosk::leads
