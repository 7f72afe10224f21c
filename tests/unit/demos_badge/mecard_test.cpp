#include <gtest/gtest.h>

#include "demos/badge/badge_payload.h"

namespace kiosk::demos::badge {
namespace {

TEST(MeCard, FieldsEscapesAndAccents) {
  auto r = parseBadge(
      "MECARD:N:Lombardi,Niccolò;TEL:+39 333 1234567;TEL:075 999;EMAIL:n.lombardi@example.it;"
      "ORG:Lombardi\\; Figli\\, S.r.l.;TITLE:CEO\\: fondatore;ADR:,,Via Roma 1,Foligno,PG,06034,Italia;;");
  ASSERT_TRUE(r) << r.error().message;
  EXPECT_EQ(r->format, BadgeFormat::MeCard);
  EXPECT_EQ(r->contact.lastName, "Lombardi");
  EXPECT_EQ(r->contact.firstName, "Niccolò");
  EXPECT_EQ(r->contact.phone, "+39 333 1234567");  // the first
  EXPECT_EQ(r->contact.email, "n.lombardi@example.it");
  EXPECT_EQ(r->contact.company, "Lombardi; Figli, S.r.l.");
  EXPECT_EQ(r->contact.role, "CEO: fondatore");
  EXPECT_EQ(r->contact.locality, "Foligno");
}

TEST(MeCard, NameWithoutCommaShortAddressAndNoTerminator) {
  auto r = parseBadge("mecard:N:Chiara Ferri;ADR:Via Roma 1 Foligno;EMAIL:c@example.it");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->contact.firstName, "Chiara");
  EXPECT_EQ(r->contact.lastName, "Ferri");
  EXPECT_EQ(r->contact.locality, "");  // a one-piece address does not say which part is the town
  EXPECT_EQ(r->contact.email, "c@example.it");
}

TEST(MeCard, Latin1AndEmptyCards) {
  auto r = parseBadge("MECARD:N:Fabbr\xEC,Jos\xE9;;");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->contact.lastName, "Fabbrì");
  EXPECT_EQ(r->contact.firstName, "José");
  r = parseBadge("MECARD:;;");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, BadgeErrorCode::Malformed);
  r = parseBadge("MECARD:NOTE:;;");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, BadgeErrorCode::NoContact);
}

}  // namespace
}  // namespace kiosk::demos::badge
