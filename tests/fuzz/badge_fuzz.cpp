// Fuzzes the badge payload parser (demos/badge: vCard 2.1/3.0/4.0, MECARD, opaque ids, charsets,
// quoted-printable): what a hostile QR code or RFID tag can put in front of the lead form.
#include "demos/badge/badge_payload.h"
#include "demos/badge/card_fields.h"
#include "demos/badge/text_codec.h"
#include "tests/fuzz/fuzz_support.h"

using namespace kiosk::demos::badge;

namespace {

void checkField(const std::string& value, std::size_t maxChars) {
  if (!isValidUtf8(value)) __builtin_trap();  // goes into the lead form and the database
  std::size_t chars = 0;
  for (const char c : value) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  if (chars > maxChars) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view raw = kiosk::fuzz::asText(data, size);
  const BadgeLimits limits;
  if (auto badge = parseBadge(raw, limits)) {
    const BadgeContact& c = badge->contact;
    for (const std::string* field : {&c.firstName, &c.lastName, &c.company, &c.role, &c.locality}) {
      checkField(*field, limits.maxFieldChars);
    }
    for (const std::string* field : {&c.email, &c.phone, static_cast<const std::string*>(&badge->badgeRef)}) {
      if (!isValidUtf8(*field)) __builtin_trap();
    }
  } else if (badge.error().message.empty()) {
    __builtin_trap();
  }
  (void)parseVCard(raw);
  (void)parseMeCard(raw);
  for (const char* charset : {"UTF-8", "ISO-8859-1", "windows-1252", "x-unknown"}) {
    if (!isValidUtf8(toUtf8(raw, charset))) __builtin_trap();
  }
  (void)decodeQuotedPrintable(raw);
  return 0;
}
