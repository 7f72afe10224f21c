// The lead form as a model: step validation, consents with their proof, and the wipe.
#include "kiosk/core/lead_form.h"

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

using leads::ConsentKind;
using leads::Field;

PrivacyNotice notice() {
  PrivacyNotice n;
  n.version = "2026-11-v1";
  n.consents = {{ConsentKind::ServiceContact, true, {{"it", "Acconsento a essere ricontattato"}, {"en", "I agree to be contacted"}}},
                {ConsentKind::Marketing, false, {{"it", "Newsletter"}, {"en", "Newsletter please"}}}};
  return n;
}

void fillDetails(LeadForm& form) {
  form.text(Field::FirstName) = "  Nicolò ";
  form.text(Field::LastName) = "D’Angelo";
  form.text(Field::Email) = "Nicolo.DAngelo@Example.IT";
  form.text(Field::Phone) = "333 765 4321";
}

TEST(LeadForm, NextStaysOnTheStepAndNamesEveryMissingRequiredField) {
  LeadForm form;
  EXPECT_FALSE(form.next());
  EXPECT_EQ(form.step(), FormStep::Details);
  EXPECT_EQ(form.error(Field::FirstName), leads::kErrRequired);
  EXPECT_EQ(form.error(Field::LastName), leads::kErrRequired);
  EXPECT_EQ(form.error(Field::Email), leads::kErrRequired);
  EXPECT_FALSE(form.error(Field::Company)) << "company is optional by default";
}

TEST(LeadForm, ConfiguredRequiredFieldsAreEnforced) {
  leads::ValidationRules rules;
  rules.required.push_back(Field::Company);
  LeadForm form(rules);
  fillDetails(form);
  EXPECT_FALSE(form.next());
  EXPECT_EQ(form.error(Field::Company), leads::kErrRequired);
  form.text(Field::Company) = "Officine Rossi";
  EXPECT_TRUE(form.next());
  EXPECT_EQ(form.step(), FormStep::Company);
}

TEST(LeadForm, LeavingAFieldChecksItAndFixingItClearsTheMessage) {
  LeadForm form;
  form.text(Field::Email) = "mario@";
  form.check(Field::Email);
  EXPECT_EQ(form.error(Field::Email), leads::kErrEmail);
  form.text(Field::Email) = "mario@example.it";
  form.check(Field::Email);
  EXPECT_FALSE(form.error(Field::Email));
  form.text(Field::Phone) = "12";
  form.check(Field::Phone);
  EXPECT_EQ(form.error(Field::Phone), leads::kErrPhone);
}

TEST(LeadForm, BackGoesOneStepAndIsFalseOnTheFirst) {
  LeadForm form;
  fillDetails(form);
  ASSERT_TRUE(form.next());
  EXPECT_TRUE(form.back());
  EXPECT_EQ(form.step(), FormStep::Details);
  EXPECT_FALSE(form.back());
}

TEST(LeadForm, RequiredConsentMustBeTickedBeforeSubmitting) {
  LeadForm form;
  EXPECT_FALSE(form.readyToSubmit());
  EXPECT_EQ(form.consentError(), leads::kErrConsentRequired);
  form.setConsent(ConsentKind::Marketing, true);
  EXPECT_FALSE(form.readyToSubmit()) << "marketing does not replace the service consent";
  form.setConsent(ConsentKind::ServiceContact, true);
  EXPECT_TRUE(form.readyToSubmit());
  EXPECT_FALSE(form.consentError());
}

TEST(LeadForm, BuiltLeadKeepsEveryConsentAskedWithItsProof) {
  LeadForm form;
  fillDetails(form);
  form.setConsent(ConsentKind::ServiceContact, true);
  const auto now = leads::Clock::now();
  const leads::Lead lead = form.build(notice(), "en", now, {"pid-test", "Maker Faire", {"printer"}, "", ""});
  EXPECT_EQ(lead.fields.firstName, "Nicolò") << "trimmed, accents kept";
  EXPECT_EQ(lead.fields.lastName, "D’Angelo");
  EXPECT_EQ(lead.fields.phone, "+393337654321");
  ASSERT_EQ(lead.consents.size(), 2u);
  EXPECT_EQ(lead.consents[0].kind, ConsentKind::ServiceContact);
  EXPECT_TRUE(lead.consents[0].granted);
  EXPECT_EQ(lead.consents[0].textShown, "I agree to be contacted");
  EXPECT_EQ(lead.consents[0].noticeVersion, "2026-11-v1");
  EXPECT_EQ(lead.consents[0].language, "en");
  EXPECT_EQ(lead.consents[0].givenAt, now);
  EXPECT_EQ(lead.consents[1].kind, ConsentKind::Marketing);
  EXPECT_FALSE(lead.consents[1].granted) << "unticked by default, and the refusal is recorded too";
  EXPECT_EQ(lead.context.eventName, "Maker Faire");
}

TEST(LeadForm, WipeLeavesNothingOfTheVisitor) {
  LeadForm form;
  fillDetails(form);
  form.toggleInterest("B");
  form.setConsent(ConsentKind::ServiceContact, true);
  ASSERT_TRUE(form.next());
  form.wipe();
  EXPECT_EQ(form.step(), FormStep::Details);
  EXPECT_TRUE(form.fields().firstName.empty());
  EXPECT_TRUE(form.fields().email.empty());
  EXPECT_TRUE(form.fields().interests.empty());
  EXPECT_FALSE(form.consent(ConsentKind::ServiceContact));
}

}  // namespace
}  // namespace kiosk::core
