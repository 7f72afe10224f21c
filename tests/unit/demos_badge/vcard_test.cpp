#include <gtest/gtest.h>

#include "demos/badge/badge_payload.h"

namespace kiosk::demos::badge {
namespace {

BadgePayload parsed(std::string_view raw) {
  auto r = parseBadge(raw);
  EXPECT_TRUE(r) << (r ? "" : r.error().message);
  return r ? *r : BadgePayload{};
}

TEST(VCard, Version3WithCrlfAndEveryLeadField) {
  const auto p = parsed(
      "BEGIN:VCARD\r\nVERSION:3.0\r\nN:D'Angelo;Niccolò;;Dott.;\r\nFN:Dott. Niccolò D'Angelo\r\n"
      "ORG:Officina Meccanica Umbra S.r.l.;Ufficio tecnico\r\nTITLE:Responsabile produzione\r\n"
      "EMAIL;TYPE=INTERNET:n.dangelo@example.it\r\nTEL;TYPE=CELL:+39 333 123 4567\r\n"
      "ADR;TYPE=WORK:;;Via dei Priori 12;Perugia;PG;06123;Italia\r\nEND:VCARD\r\n");
  EXPECT_EQ(p.format, BadgeFormat::VCard);
  EXPECT_EQ(p.contact.firstName, "Niccolò");
  EXPECT_EQ(p.contact.lastName, "D'Angelo");
  EXPECT_EQ(p.contact.company, "Officina Meccanica Umbra S.r.l.");
  EXPECT_EQ(p.contact.role, "Responsabile produzione");
  EXPECT_EQ(p.contact.email, "n.dangelo@example.it");
  EXPECT_EQ(p.contact.phone, "+39 333 123 4567");
  EXPECT_EQ(p.contact.locality, "Perugia (PG)");
  EXPECT_TRUE(p.warnings.empty());
}

TEST(VCard, FoldedLinesWithCrlfLfAndTabs) {
  // RFC 6350 folds at 75 octets, even inside a UTF-8 sequence ("ò" = C3 B2 split here)
  const auto p = parsed(
      "BEGIN:VCARD\nVERSION:4.0\nN:Bianchi;Maria Gr\n azia\nORG:Consorzio Agrario dell'Umbria Societ\xC3\r\n"
      " \xA0 Cooperativa\nTITLE:Direttrice\n\tcommerciale\nEND:VCARD");
  EXPECT_EQ(p.contact.firstName, "Maria Grazia");
  EXPECT_EQ(p.contact.company, "Consorzio Agrario dell'Umbria Societ\xC3\xA0 Cooperativa");
  EXPECT_EQ(p.contact.role, "Direttricecommerciale");  // folding removes exactly one blank: RFC behaviour
}

TEST(VCard, EscapedCharacters) {
  const auto p = parsed(
      "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Rossi\\; Bianchi;Anna\\, detta Annetta\r\n"
      "ORG:Rossi\\, Bianchi & C. S.n.c.\\;;Vendite\r\nTITLE:Socia\\nTitolare\\\\Amministratrice\r\nEND:VCARD\r\n");
  EXPECT_EQ(p.contact.lastName, "Rossi; Bianchi");
  EXPECT_EQ(p.contact.firstName, "Anna, detta Annetta");
  EXPECT_EQ(p.contact.company, "Rossi, Bianchi & C. S.n.c.;");
  EXPECT_EQ(p.contact.role, "Socia Titolare\\Amministratrice");  // \n becomes a blank in a one-line field
}

TEST(VCard, PreferredEmailAndPhoneWin) {
  const auto v3 = parsed(
      "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Verdi;Luca\r\nEMAIL;TYPE=home:luca@casa.example\r\n"
      "EMAIL;TYPE=work,pref:l.verdi@ditta.example\r\nEMAIL;TYPE=pref:second.pref@ditta.example\r\n"
      "TEL;TYPE=fax,pref:+39 075 000000\r\nTEL;TYPE=work:075 111111\r\nTEL;TYPE=cell:333 2222222\r\nEND:VCARD\r\n");
  EXPECT_EQ(v3.contact.email, "l.verdi@ditta.example");
  EXPECT_EQ(v3.contact.phone, "075 111111");  // a preferred fax is still a fax
  const auto v4 = parsed(
      "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Luca Verdi\r\nEMAIL;PREF=2:two@x.example\r\nEMAIL;PREF=1:one@x.example\r\n"
      "TEL;VALUE=uri;TYPE=\"voice,cell\";PREF=1:tel:+39-333-1234567\r\nTEL;VALUE=uri:tel:+39-075-1\r\nEND:VCARD\r\n");
  EXPECT_EQ(v4.contact.email, "one@x.example");
  EXPECT_EQ(v4.contact.phone, "+39-333-1234567");
  const auto v21 = parsed(
      "BEGIN:VCARD\r\nVERSION:2.1\r\nN:Verdi;Luca\r\nTEL;WORK;VOICE:075 1\r\nTEL;CELL;PREF:333 9\r\n"
      "EMAIL;INTERNET:a@x.example\r\nEMAIL;INTERNET:b@x.example\r\nEND:VCARD\r\n");
  EXPECT_EQ(v21.contact.phone, "333 9");
  EXPECT_EQ(v21.contact.email, "a@x.example");  // no preference: the first
}

TEST(VCard, QuotedPrintableAndCharsets) {
  const auto p = parsed(
      "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Fabbr=C3=AC;Nicol=C3=B2\r\n"
      "ORG;ENCODING=QUOTED-PRINTABLE;CHARSET=ISO-8859-1:Caff=E8 Perugino S.=\r\np.A.\r\n"
      "TITLE;CHARSET=ISO-8859-1:Responsabile qualit\xE0\r\nADR;QUOTED-PRINTABLE:;;;Citt=C3=A0 di Castello;PG;;\r\n"
      "END:VCARD\r\n");
  EXPECT_EQ(p.contact.lastName, "Fabbrì");
  EXPECT_EQ(p.contact.firstName, "Nicolò");
  EXPECT_EQ(p.contact.company, "Caffè Perugino S.p.A.");  // soft line break joined
  EXPECT_EQ(p.contact.role, "Responsabile qualità");
  EXPECT_EQ(p.contact.locality, "Città di Castello (PG)");
}

TEST(VCard, Latin1PayloadWithoutCharsetIsGuessed) {
  // QR byte mode has no charset: not UTF-8, so Windows-1252 (a superset of Latin-1)
  const auto p = parsed("BEGIN:VCARD\nVERSION:3.0\nN:Sanit\xE0;Jos\xE9\nORG:L\x92Officina\nEND:VCARD\n");
  EXPECT_EQ(p.contact.lastName, "Sanità");
  EXPECT_EQ(p.contact.firstName, "José");
  EXPECT_EQ(p.contact.company, "L’Officina");
}

TEST(VCard, FullNameWhenNIsMissingGroupsAndLowerCase) {
  const auto p = parsed(
      "begin:vcard\nversion:3.0\nfn:Giulia De Santis\nitem1.email:giulia@example.it\nitem1.X-ABLabel:work\n"
      "role:Titolare\nPHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQ==\nUID:urn:uuid:REG-2024-000123\nend:vcard\n");
  EXPECT_EQ(p.contact.firstName, "Giulia De");  // a guess: the visitor corrects it on the form
  EXPECT_EQ(p.contact.lastName, "Santis");
  EXPECT_EQ(p.contact.email, "giulia@example.it");
  EXPECT_EQ(p.contact.role, "Titolare");
  EXPECT_EQ(p.badgeRef, "REG-2024-000123");
}

TEST(VCard, OnlyTheFirstCardAndMissingEndIsTolerated) {
  const auto p = parsed("BEGIN:VCARD\nN:Uno;Primo\nEND:VCARD\nBEGIN:VCARD\nN:Due;Secondo\nEND:VCARD\n");
  EXPECT_EQ(p.contact.lastName, "Uno");
  const auto cut = parsed("BEGIN:VCARD\nVERSION:3.0\nN:Neri;Paolo\nEMAIL:p@");
  EXPECT_EQ(cut.contact.lastName, "Neri");
  EXPECT_EQ(cut.contact.email, "p@");  // the form's validation will say so
}

TEST(VCard, BrokenCardsAreErrorsWithReasons) {
  auto r = parseBadge("BEGIN:VCARD\r\nEND:VCARD\r\n");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, BadgeErrorCode::Malformed);
  r = parseBadge("BEGIN:VCARD\r\nVERSION:3.0\r\nX-FOO:bar\r\nEND:VCARD\r\n");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, BadgeErrorCode::NoContact);
  r = parseBadge("BEGIN:VCARDS and nothing else");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().code, BadgeErrorCode::Malformed);
}

}  // namespace
}  // namespace kiosk::demos::badge
