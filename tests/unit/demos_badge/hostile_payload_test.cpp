#include <gtest/gtest.h>

#include <random>

#include "demos/badge/badge_payload.h"
#include "demos/badge/text_codec.h"

namespace kiosk::demos::badge {
namespace {

BadgeErrorCode errorOf(std::string_view raw) {
  auto r = parseBadge(raw);
  EXPECT_FALSE(r);
  return r ? BadgeErrorCode::Empty : r.error().code;
}

TEST(OpaqueId, RegistrationIdsAndUrlsBecomeTheBadgeReference) {
  for (std::string_view id : {"SB0012345", "0005397623", "https://reg.example.org/b/AB12?ev=pid24", "eyJhbGciOi.x-y_z="}) {
    auto r = parseBadge(std::string(id) + "\r\n");
    ASSERT_TRUE(r) << id;
    EXPECT_EQ(r->format, BadgeFormat::OpaqueId);
    EXPECT_EQ(r->badgeRef, id);
    EXPECT_EQ(r->contact, BadgeContact{});
  }
}

TEST(Hostile, SizeBinaryAndEmpty) {
  EXPECT_EQ(errorOf(std::string(8193, 'A')), BadgeErrorCode::TooLarge);
  EXPECT_EQ(errorOf("BEGIN:VCARD\nN:" + std::string(100'000, 'x')), BadgeErrorCode::TooLarge);
  EXPECT_EQ(errorOf(std::string("SB123\0\0\0", 8)), BadgeErrorCode::Binary);
  EXPECT_EQ(errorOf("BEGIN:VCARD\nN:Rossi\x1B[2J;Mario\nEND:VCARD"), BadgeErrorCode::Binary);  // terminal escape
  EXPECT_EQ(errorOf("\x89PNG\r\n\x1A\n"), BadgeErrorCode::Binary);
  EXPECT_EQ(errorOf("abc\x7F"), BadgeErrorCode::Binary);
  EXPECT_EQ(errorOf(""), BadgeErrorCode::Empty);
  EXPECT_EQ(errorOf(" \r\n\t "), BadgeErrorCode::Empty);
  EXPECT_EQ(errorOf(std::string(257, '7')), BadgeErrorCode::Unrecognised);  // too long for an id
  EXPECT_EQ(toString(BadgeErrorCode::TooLarge), "too-large");
}

TEST(Hostile, SqlAndMarkupLookingTextIsNeverAnIdButStaysDataInsideACard) {
  EXPECT_EQ(errorOf("'; DROP TABLE lead; --"), BadgeErrorCode::Unrecognised);
  EXPECT_EQ(errorOf("1' OR '1'='1"), BadgeErrorCode::Unrecognised);
  EXPECT_EQ(errorOf("<script>alert(1)</script>"), BadgeErrorCode::Unrecognised);
  EXPECT_EQ(errorOf("two\nlines"), BadgeErrorCode::Unrecognised);
  // inside a card it is somebody's (odd) name: kept byte for byte, the store binds it as a value
  auto r = parseBadge("BEGIN:VCARD\nN:Robert'); DROP TABLE lead;--;Bobby\nEND:VCARD");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->contact.lastName, "Robert')");  // ';' separates N components, as the card says
  EXPECT_EQ(r->contact.firstName, "DROP TABLE lead --");
  // a UID that is not a clean token is not kept as a reference
  r = parseBadge("BEGIN:VCARD\nN:A;B\nUID:x' OR 1=1\nEND:VCARD");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->badgeRef, "");
}

TEST(Hostile, ControlAndInvisibleCharactersNeverReachAField) {
  // a NUL or ESC smuggled through quoted-printable or \n escapes, bidi overrides, zero-width spaces, NBSP
  auto r = parseBadge(
      "BEGIN:VCARD\r\nVERSION:2.1\r\nN;ENCODING=QUOTED-PRINTABLE:Ros=00si=1B;Ma=0D=0Ario\r\n"
      "ORG:\xE2\x80\xAE" "acinilc\xE2\x80\xAC Srl\r\nTITLE:\xE2\x80\x8B\xC2\xA0 Capo  \\n reparto \r\n"
      "EMAIL:\xEF\xBB\xBFm@x.example\r\nEND:VCARD\r\n");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->contact.lastName, "Ros si");
  EXPECT_EQ(r->contact.firstName, "Ma rio");
  EXPECT_EQ(r->contact.company, "acinilc Srl");
  EXPECT_EQ(r->contact.role, "Capo reparto");
  EXPECT_EQ(r->contact.email, "m@x.example");
}

TEST(Hostile, OverlongFieldIsLeftEmptyWithAWarningNotCut) {
  auto r = parseBadge("BEGIN:VCARD\nN:Rossi;Mario\nTITLE:" + std::string(101, 'x') + "\nORG:" + std::string(100, 'y') +
                      "\nEND:VCARD");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->contact.role, "");
  EXPECT_EQ(r->contact.company.size(), 100u);
  ASSERT_EQ(r->warnings.size(), 1u);
  EXPECT_EQ(r->warnings[0], "role: too long");
  // limits count characters, not bytes: 100 accented letters fit
  std::string accents;
  for (int i = 0; i < 100; ++i) accents += "à";
  r = parseBadge("MECARD:N:" + accents + ",Mario;;");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->contact.lastName, accents);
}

TEST(Hostile, ErrorMessagesNeverEchoThePayload) {
  for (std::string raw : {std::string("secret@example.it and more"), std::string(9000, 's'), std::string("s\0s", 3)}) {
    auto r = parseBadge(raw);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().message.find("s@"), std::string::npos);
    EXPECT_EQ(r.error().message.find("sss"), std::string::npos);
  }
}

// Random and mutated payloads: never a crash, and every field that comes out is valid UTF-8
// without control characters, within the limit.
TEST(Hostile, RandomPayloadsNeverCrashAndFieldsAreClean) {
  const std::string seed =
      "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Fabbr=C3=AC;Nicol=C3=B2\r\n"
      "ORG:A\\;B\\,C;D\r\n TITLE:x\r\nEMAIL;TYPE=pref:a@b\r\nTEL;PREF=1:tel:+39\r\nADR:;;;Perugia;PG\r\nEND:VCARD\r\n";
  std::mt19937 rng(7);
  int parsedCount = 0;
  for (int i = 0; i < 20'000; ++i) {
    std::string s = i % 2 ? seed : "MECARD:N:A,B;TEL:1;EMAIL:e;ORG:o;ADR:,,,c,,,;;";
    const int mutations = 1 + static_cast<int>(rng() % 8);
    for (int m = 0; m < mutations; ++m) {
      const std::size_t at = rng() % (s.size() + 1);
      switch (rng() % 3) {
        case 0: s.insert(s.begin() + static_cast<long>(at), static_cast<char>(rng())); break;
        case 1: if (at < s.size()) s.erase(at, 1 + rng() % 4); break;
        default: if (at < s.size()) s[at] = "\\;:,=\r\n \t\"\xC3\xE2"[rng() % 13]; break;
      }
    }
    auto r = parseBadge(s);
    if (!r) continue;
    ++parsedCount;
    for (const std::string* f : {&r->contact.firstName, &r->contact.lastName, &r->contact.company, &r->contact.role,
                                 &r->contact.email, &r->contact.phone, &r->contact.locality, &r->badgeRef}) {
      ASSERT_TRUE(isValidUtf8(*f));
      for (unsigned char c : *f) ASSERT_TRUE(c >= 0x20 && c != 0x7F);
      ASSERT_LE(f->size(), 4 * 256u);
    }
  }
  EXPECT_GT(parsedCount, 1000);
}

TEST(TextCodec, Utf8ValidationAndQuotedPrintableEdges) {
  EXPECT_TRUE(isValidUtf8("Niccolò €"));
  EXPECT_FALSE(isValidUtf8("\xC3"));          // truncated
  EXPECT_FALSE(isValidUtf8("\xC0\xAF"));      // overlong '/'
  EXPECT_FALSE(isValidUtf8("\xED\xA0\x80"));  // surrogate
  EXPECT_FALSE(isValidUtf8("\xF4\x90\x80\x80"));  // past U+10FFFF
  EXPECT_EQ(decodeQuotedPrintable("a=3Db=\r\nc=ZZ="), "a=bc=ZZ=");
  EXPECT_EQ(toUtf8("caf\xE8", "iso-8859-1"), "caf\xC3\xA8");
  EXPECT_EQ(toUtf8("caf\xC3\xA8", "utf-8"), "caf\xC3\xA8");
}

}  // namespace
}  // namespace kiosk::demos::badge

namespace kiosk::demos::badge {
namespace {

// A figure, not a gate: parse time of a typical badge vCard and of the largest accepted payload.
TEST(BadgeCost, ParseTimeTypicalAndWorstCase) {
  const std::string typical =
      "BEGIN:VCARD\r\nVERSION:3.0\r\nN:D'Angelo;Niccolò;;;\r\nFN:Niccolò D'Angelo\r\nORG:Officina Meccanica Umbra\r\n"
      "TITLE:Responsabile produzione\r\nEMAIL;TYPE=INTERNET,pref:n.dangelo@example.it\r\nTEL;TYPE=CELL:+39 333 1234567\r\n"
      "ADR;TYPE=WORK:;;Via dei Priori 12;Perugia;PG;06123;Italia\r\nEND:VCARD\r\n";
  std::string worst = "BEGIN:VCARD\r\nVERSION:2.1\r\n";
  while (worst.size() < 8000) worst += "NOTE;ENCODING=QUOTED-PRINTABLE:=C3=A8=C3=A0\\;\\,=\r\n x\r\n";
  worst += "N:Rossi;Mario\r\nEND:VCARD\r\n";
  const std::pair<const char*, const std::string*> cases[] = {{"typical vCard", &typical}, {"8 KiB vCard", &worst}};
  for (const auto& [name, payload] : cases) {
    constexpr int kRounds = 2000;
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < kRounds; ++i) ASSERT_TRUE(parseBadge(*payload));
    const double us = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count();
    std::printf("[ measure  ] %s (%zu bytes): %.1f us per parse\n", name, payload->size(), us / kRounds);
  }
}

}  // namespace
}  // namespace kiosk::demos::badge
