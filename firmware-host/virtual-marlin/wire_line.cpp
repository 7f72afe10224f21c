#include "firmware-host/virtual-marlin/wire_line.h"

#include <cstdlib>
#include <string>

namespace pid::firmware {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

long parseLong(std::string_view s) {
  const std::string copy(s);
  return std::strtol(copy.c_str(), nullptr, 10);
}

}  // namespace

std::uint8_t xorChecksum(std::string_view bytes) {
  std::uint8_t cs = 0;
  for (const char c : bytes) cs ^= static_cast<std::uint8_t>(c);
  return cs;
}

WireVerdict checkWireLine(std::string_view raw, long lastN) {
  WireVerdict verdict;
  std::string_view line = raw.substr(0, raw.find(';'));
  line = trim(line);
  if (line.empty()) return verdict;

  if (line.front() != 'N') {
    verdict.kind = WireVerdict::Kind::Command;
    verdict.command = std::string(line);
    return verdict;
  }

  // Numbered: for M110 the argument's N wins over the line's own number (Marlin does the same).
  const auto m110 = line.find("M110");
  std::string_view numberText = line.substr(1);
  if (m110 != std::string_view::npos) {
    const auto n2 = line.find('N', m110 + 4);
    if (n2 != std::string_view::npos) numberText = line.substr(n2 + 1);
  }
  const long n = parseLong(numberText);
  verdict.number = n;
  if (n != lastN + 1 && m110 == std::string_view::npos) {
    verdict.kind = WireVerdict::Kind::LineNumberError;
    return verdict;
  }
  const auto star = line.rfind('*');
  if (star == std::string_view::npos) {
    verdict.kind = WireVerdict::Kind::NoChecksum;
    return verdict;
  }
  if (parseLong(line.substr(star + 1)) != xorChecksum(line.substr(0, star))) {
    verdict.kind = WireVerdict::Kind::ChecksumError;
    return verdict;
  }
  std::string_view body = line.substr(0, star);
  const auto space = body.find(' ');
  body = space == std::string_view::npos ? std::string_view{} : trim(body.substr(space + 1));
  verdict.kind = body.empty() ? WireVerdict::Kind::Empty : WireVerdict::Kind::Command;
  verdict.command = std::string(body);
  return verdict;
}

}  // namespace pid::firmware
