#include "devices/reader/reader_ids.h"

#include <algorithm>
#include <cstdio>

namespace kiosk::devices::reader {
namespace {

bool parseHex16(std::string_view s, std::uint16_t& out) {
  if (s.empty() || s.size() > 4) return false;
  unsigned v = 0;
  for (char c : s) {
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (d < 0) return false;
    v = v * 16 + static_cast<unsigned>(d);
  }
  out = static_cast<std::uint16_t>(v);
  return true;
}

}  // namespace

Result<std::vector<ReaderId>> parseReaderIds(std::string_view text) {
  std::vector<ReaderId> ids;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t start = text.find_first_not_of(", \t", i);
    if (start == std::string_view::npos) break;
    const std::size_t end = std::min(text.find_first_of(", \t", start), text.size());
    const std::string_view entry = text.substr(start, end - start);
    const std::size_t colon = entry.find(':');
    ReaderId id;
    if (colon == std::string_view::npos || !parseHex16(entry.substr(0, colon), id.vendorId) ||
        !parseHex16(entry.substr(colon + 1), id.productId)) {
      return fail(ErrorCode::InvalidData, "reader id '" + std::string(entry) + "' is not VID:PID in hex");
    }
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    i = end;
  }
  return ids;
}

std::string toString(ReaderId id) {
  char buf[10];
  std::snprintf(buf, sizeof buf, "%04x:%04x", id.vendorId, id.productId);
  return buf;
}

bool isListed(const std::vector<ReaderId>& ids, std::uint16_t vendorId, std::uint16_t productId) {
  return std::find(ids.begin(), ids.end(), ReaderId{vendorId, productId}) != ids.end();
}

}  // namespace kiosk::devices::reader
