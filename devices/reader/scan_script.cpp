#include "devices/reader/scan_script.h"

#include <charconv>

namespace kiosk::devices::reader {
namespace {

constexpr std::size_t kMaxScanBytes = 4096;

// Printable UTF-8 only: no C0/C1 controls, DEL, or broken sequences (the framer would never pass them).
bool isPrintableUtf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x20 || b == 0x7F) return false;
    const std::size_t len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return false;
    for (std::size_t k = 1; k < len; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) >> 6) != 2) return false;
    }
    if (len == 2 && b == 0xC2 && static_cast<unsigned char>(s[i + 1]) < 0xA0) return false;  // C1 controls
    i += len;
  }
  return true;
}

}  // namespace

Result<std::vector<ScriptStep>> parseScanScript(std::string_view text) {
  std::vector<ScriptStep> steps;
  std::chrono::milliseconds pending{0};
  int lineNumber = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t eol = std::min(text.find('\n', pos), text.size());
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    ++lineNumber;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const std::string where = "line " + std::to_string(lineNumber) + ": ";
    if (line.empty() || line.front() == '#') continue;
    if (line.starts_with("wait ") || line == "wait") {
      const std::string_view digits = line.size() > 5 ? line.substr(5) : std::string_view{};
      long ms = -1;
      const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), ms);
      if (ec != std::errc{} || end != digits.data() + digits.size() || ms < 0 || ms > 3'600'000) {
        return fail(ErrorCode::InvalidData, where + "wait needs milliseconds (0 to 3600000)");
      }
      pending += std::chrono::milliseconds(ms);
      continue;
    }
    if (line.front() == '\\') line.remove_prefix(1);
    if (line.empty()) return fail(ErrorCode::InvalidData, where + "empty scan");
    if (line.size() > kMaxScanBytes) return fail(ErrorCode::InvalidData, where + "scan longer than 4096 bytes");
    if (!isPrintableUtf8(line)) return fail(ErrorCode::InvalidData, where + "scan is not printable UTF-8");
    steps.push_back(ScriptStep{pending, std::string(line)});
    pending = std::chrono::milliseconds(0);
  }
  if (pending.count() > 0) steps.push_back(ScriptStep{pending, {}});
  return steps;
}

}  // namespace kiosk::devices::reader
