// A scanned badge fills the lead form's empty fields; typed text wins; ids become the badge reference.
#include "kiosk/core/badge_prefill.h"

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

using leads::Field;
using Outcome = BadgePrefill::Outcome;

TEST(BadgePrefill, AMecardFillsTheFieldsItCarries) {
  LeadForm form;
  const auto result =
      prefillFromBadge(form, "MECARD:N:Bianchi,Giulia;ORG:Ceramiche Bianchi srl;TEL:+39 075 123 4567;"
                             "EMAIL:giulia.bianchi@example.it;;");
  EXPECT_EQ(result.outcome, Outcome::Filled);
  EXPECT_EQ(result.filled, (std::vector<Field>{Field::FirstName, Field::LastName, Field::Company, Field::Email,
                                               Field::Phone}));
  EXPECT_EQ(form.text(Field::FirstName), "Giulia");
  EXPECT_EQ(form.text(Field::LastName), "Bianchi");
  EXPECT_EQ(form.text(Field::Company), "Ceramiche Bianchi srl");
  EXPECT_EQ(form.text(Field::Email), "giulia.bianchi@example.it");
  EXPECT_EQ(form.text(Field::Phone), "+39 075 123 4567");
  EXPECT_EQ(form.text(Field::Role), "");
  EXPECT_TRUE(result.badgeRef.empty());
}

TEST(BadgePrefill, AVCardWithAccentsAndItsLocality) {
  LeadForm form;
  const auto result = prefillFromBadge(form,
                                       "BEGIN:VCARD\r\nVERSION:3.0\r\nN:D'Angelo;Niccolò;;;\r\nFN:Niccolò D'Angelo\r\n"
                                       "ORG:Officina Università\r\nTITLE:Titolare\r\n"
                                       "ADR;TYPE=WORK:;;Via Roma 1;Perugia;PG;06121;Italia\r\nEND:VCARD\r\n");
  EXPECT_EQ(result.outcome, Outcome::Filled);
  EXPECT_EQ(form.text(Field::FirstName), "Niccolò");
  EXPECT_EQ(form.text(Field::LastName), "D'Angelo");
  EXPECT_EQ(form.text(Field::Role), "Titolare");
  EXPECT_EQ(form.text(Field::Municipality), "Perugia (PG)");
}

TEST(BadgePrefill, WhatTheVisitorTypedIsNeverOverwritten) {
  LeadForm form;
  form.text(Field::Email) = "mine@example.it";
  const auto result = prefillFromBadge(form, "MECARD:N:Bianchi,Giulia;EMAIL:giulia.bianchi@example.it;;");
  EXPECT_EQ(form.text(Field::Email), "mine@example.it");
  EXPECT_EQ(result.filled, (std::vector<Field>{Field::FirstName, Field::LastName}));

  const auto again = prefillFromBadge(form, "MECARD:N:Bianchi,Giulia;EMAIL:giulia.bianchi@example.it;;");
  EXPECT_EQ(again.outcome, Outcome::NothingNew);
  EXPECT_TRUE(again.filled.empty());
}

TEST(BadgePrefill, AnOpaqueIdBecomesTheBadgeReferenceOnly) {
  LeadForm form;
  const auto result = prefillFromBadge(form, "SB4711-2026-PID");
  EXPECT_EQ(result.outcome, Outcome::IdOnly);
  EXPECT_EQ(result.badgeRef, "SB4711-2026-PID");
  EXPECT_TRUE(result.filled.empty());
  EXPECT_EQ(form.text(Field::FirstName), "");
}

TEST(BadgePrefill, HostilePayloadsFillNothing) {
  const std::vector<std::string> hostile{
      std::string("BEGIN:VCARD\r\nN:\x01\x02;;\r\n", 18), std::string(9000, 'A'), "",
      "'; DROP TABLE leads; --", "BEGIN:VCARD\r\nEND:VCARD\r\n", "hello world, this is not a badge"};
  for (const std::string& raw : hostile) {
    LeadForm form;
    const auto result = prefillFromBadge(form, raw);
    EXPECT_EQ(result.outcome, Outcome::Unreadable) << raw.substr(0, 40);
    EXPECT_FALSE(result.reason.empty());
    EXPECT_TRUE(result.filled.empty());
    EXPECT_TRUE(result.badgeRef.empty());
    for (Field field : LeadForm::textFields(FormStep::Details)) EXPECT_EQ(form.text(field), "");
  }
}

}  // namespace
}  // namespace kiosk::core
