// Byte-level text helpers for badge payloads: QR byte mode carries no charset, vCard 2.1 names one per
// property and may quote-print it, so the parser needs UTF-8 validation and the two legacy charsets
// badges use (ISO-8859-1, Windows-1252).
#pragma once

#include <string>
#include <string_view>

namespace kiosk::demos::badge {

[[nodiscard]] bool isValidUtf8(std::string_view bytes);
// ISO-8859-1 and Windows-1252 (which adds € ’ “ ” … in 0x80-0x9F) to UTF-8.
[[nodiscard]] std::string latin1ToUtf8(std::string_view bytes, bool windows1252);
// Bytes in the named charset to UTF-8. Unknown or absent charset: UTF-8 when valid, else Windows-1252
// (the usual producer of non-UTF-8 cards); the result is always valid UTF-8.
[[nodiscard]] std::string toUtf8(std::string_view bytes, std::string_view charset);
// RFC 2045 quoted-printable: =XX and soft line breaks (=CRLF); a broken =.. sequence is kept as is.
[[nodiscard]] std::string decodeQuotedPrintable(std::string_view text);

}  // namespace kiosk::demos::badge
