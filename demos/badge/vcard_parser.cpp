// vCard 2.1 / 3.0 (RFC 2426) / 4.0 (RFC 6350), only the properties a lead needs.
#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <vector>

#include "demos/badge/card_fields.h"
#include "demos/badge/card_text.h"
#include "demos/badge/text_codec.h"

namespace kiosk::demos::badge {
namespace {

struct ContentLine {
  std::string name;                 // upper case, group prefix removed ("item1.EMAIL" -> "EMAIL")
  std::vector<std::string> types;   // upper case: TYPE=work,pref and 2.1's bare WORK;PREF
  int pref = 100;                   // 1 is the most preferred; 100 = no preference given
  std::string charset;
  std::string encoding;             // upper case
  std::string_view value;
};

// Physical lines to logical ones: CRLF, LF or CR; a line starting with a blank continues the previous
// one (the blank is dropped); in a quoted-printable value a trailing '=' continues it too (vCard 2.1).
std::vector<std::string> unfold(std::string_view text) {
  std::vector<std::string> lines;
  bool qpContinues = false;
  std::size_t i = 0;
  while (i <= text.size()) {
    const std::size_t eol = text.find_first_of("\r\n", i);
    const std::string_view line = text.substr(i, eol == std::string_view::npos ? std::string_view::npos : eol - i);
    if (!lines.empty() && qpContinues) {
      lines.back().pop_back();  // the soft-break '='
      lines.back() += line;
    } else if (!lines.empty() && !line.empty() && (line[0] == ' ' || line[0] == '\t')) {
      lines.back() += line.substr(1);
    } else if (!line.empty()) {
      lines.emplace_back(line);
    }
    if (!lines.empty()) {
      const std::string& last = lines.back();
      const std::size_t colon = last.find(':');
      qpContinues = !last.empty() && last.back() == '=' && colon != std::string::npos &&
                    upperAscii(std::string_view(last).substr(0, colon)).find("QUOTED-PRINTABLE") != std::string::npos;
    }
    if (eol == std::string_view::npos) break;
    i = eol + 1;
    if (text[eol] == '\r' && i < text.size() && text[i] == '\n') ++i;
  }
  return lines;
}

// Splits "item1.EMAIL;TYPE=\"work,pref\";PREF=1:value" at the first ':' outside double quotes.
std::optional<ContentLine> parseContentLine(std::string_view line) {
  bool quoted = false;
  std::size_t colon = std::string_view::npos;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '"') quoted = !quoted;
    if (line[i] == ':' && !quoted) {
      colon = i;
      break;
    }
  }
  if (colon == std::string_view::npos) return std::nullopt;
  ContentLine out;
  out.value = line.substr(colon + 1);
  std::vector<std::string_view> head;
  std::size_t start = 0;
  quoted = false;
  for (std::size_t i = 0; i <= colon; ++i) {
    if (i < colon && line[i] == '"') quoted = !quoted;
    if (i == colon || (line[i] == ';' && !quoted)) {
      head.push_back(line.substr(start, i - start));
      start = i + 1;
    }
  }
  std::string name = upperAscii(head[0]);
  if (const auto dot = name.rfind('.'); dot != std::string::npos) name.erase(0, dot + 1);
  out.name = std::move(name);
  for (std::size_t p = 1; p < head.size(); ++p) {
    std::string param(head[p]);
    std::erase(param, '"');
    const std::size_t eq = param.find('=');
    const std::string key = upperAscii(param.substr(0, eq == std::string::npos ? param.size() : eq));
    const std::string val = eq == std::string::npos ? std::string() : param.substr(eq + 1);
    if (eq == std::string::npos) {  // vCard 2.1 bare parameter: a type, or QUOTED-PRINTABLE / BASE64
      if (key == "QUOTED-PRINTABLE" || key == "BASE64" || key == "B") out.encoding = key;
      else out.types.push_back(key);
    } else if (key == "TYPE") {
      for (auto t : splitUnescaped(val, ',')) out.types.push_back(upperAscii(t));
    } else if (key == "PREF") {
      int n = 0;
      for (char c : val) n = (c >= '0' && c <= '9' && n < 1000) ? n * 10 + (c - '0') : n;
      if (n > 0) out.pref = n;
    } else if (key == "CHARSET") {
      out.charset = val;
    } else if (key == "ENCODING") {
      out.encoding = upperAscii(val);
    }
  }
  for (const auto& t : out.types) {
    if (t == "PREF") out.pref = std::min(out.pref, 1);
  }
  return out;
}

bool hasType(const ContentLine& line, std::string_view type) {
  for (const auto& t : line.types) {
    if (t == type) return true;
  }
  return false;
}

// The value as UTF-8 with its escapes intact (structured values are split before unescaping).
std::optional<std::string> rawValue(const ContentLine& line) {
  if (line.encoding == "B" || line.encoding == "BASE64") return std::nullopt;  // photos, keys: never text
  if (line.encoding == "QUOTED-PRINTABLE" || line.encoding == "QP") {
    return toUtf8(decodeQuotedPrintable(line.value), line.charset);
  }
  return toUtf8(line.value, line.charset);
}

// Components of a structured value; the commas of multi-valued components become spaces.
std::vector<std::string> components(std::string_view raw) {
  std::vector<std::string> out;
  for (std::string_view part : splitUnescaped(raw, ';')) {
    std::string joined;
    for (std::string_view piece : splitUnescaped(part, ',')) {
      std::string text = unescapeValue(piece);
      if (text.empty()) continue;
      if (!joined.empty()) joined += ' ';
      joined += text;
    }
    out.push_back(std::move(joined));
  }
  return out;
}

std::string withoutScheme(std::string value, std::string_view scheme) {
  if (startsWithIgnoreCase(value, scheme)) value.erase(0, scheme.size());
  return value;
}

// A multi-valued property (EMAIL, TEL, ADR): the lowest PREF wins, the first among equals. Fax and
// pager numbers only when nothing else is there.
struct Pick {
  int rank = 1 << 30;
  std::string value;
  void offer(int candidateRank, std::string candidate) {
    if (candidate.empty() || candidateRank >= rank) return;
    rank = candidateRank;
    value = std::move(candidate);
  }
};

}  // namespace

tl::expected<CardFields, BadgeError> parseVCard(std::string_view text) {
  const std::vector<std::string> lines = unfold(text);
  CardFields fields;
  Pick email, phone, address;
  std::string title, role;
  bool begun = false;
  bool sawProperty = false;
  for (const std::string& physical : lines) {
    auto line = parseContentLine(physical);
    if (!line) continue;  // no colon: not a content line, skip like other readers do
    if (!begun) {
      begun = line->name == "BEGIN" && upperAscii(line->value) == "VCARD";
      continue;
    }
    if (line->name == "END") break;  // only the first card of a file
    auto raw = rawValue(*line);
    if (!raw) continue;
    sawProperty = true;
    if (line->name == "N") {
      auto parts = components(*raw);
      parts.resize(5);
      fields.lastName = parts[0];
      fields.firstName = parts[1];
      if (!parts[2].empty()) fields.firstName += (fields.firstName.empty() ? "" : " ") + parts[2];  // middle names
    } else if (line->name == "FN") {
      fields.fullName = unescapeValue(*raw);
    } else if (line->name == "ORG") {
      fields.company = components(*raw)[0];
    } else if (line->name == "TITLE") {
      if (title.empty()) title = unescapeValue(*raw);
    } else if (line->name == "ROLE") {
      if (role.empty()) role = unescapeValue(*raw);
    } else if (line->name == "EMAIL") {
      email.offer(line->pref, withoutScheme(unescapeValue(*raw), "mailto:"));
    } else if (line->name == "TEL") {
      const bool notVoice = hasType(*line, "FAX") || hasType(*line, "PAGER");
      phone.offer(line->pref + (notVoice ? 1000 : 0), withoutScheme(unescapeValue(*raw), "tel:"));
    } else if (line->name == "ADR") {
      auto parts = components(*raw);
      parts.resize(7);
      std::string locality = parts[3];
      const std::string& region = parts[4];
      // Italian addresses: the province code goes with the town, as the form writes it: "Perugia (PG)".
      if (!locality.empty() && region.size() == 2 && std::isalpha(static_cast<unsigned char>(region[0])) &&
          std::isalpha(static_cast<unsigned char>(region[1]))) {
        locality += " (" + upperAscii(region) + ")";
      }
      address.offer(line->pref, std::move(locality));
    } else if (line->name == "UID") {
      fields.uid = withoutScheme(unescapeValue(*raw), "urn:uuid:");
    }
  }
  if (!begun) return tl::unexpected(BadgeError{BadgeErrorCode::Malformed, "vCard without BEGIN:VCARD"});
  if (!sawProperty) return tl::unexpected(BadgeError{BadgeErrorCode::Malformed, "vCard without properties"});
  fields.role = title.empty() ? role : title;
  fields.email = std::move(email.value);
  fields.phone = std::move(phone.value);
  fields.locality = std::move(address.value);
  return fields;
}

}  // namespace kiosk::demos::badge
