#include "kiosk/core/usage.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <utility>

namespace kiosk::core {
namespace {

constexpr std::array<std::pair<UsageKind, std::string_view>, 5> kNames{{
    {UsageKind::Session, "session"},
    {UsageKind::ScreenVisit, "screen"},
    {UsageKind::Demo, "demo"},
    {UsageKind::Assessment, "assessment"},
    {UsageKind::Lead, "lead"},
}};

}  // namespace

std::string_view toString(UsageKind kind) {
  for (const auto& [value, name] : kNames) {
    if (value == kind) return name;
  }
  return "unknown";
}

std::optional<UsageKind> parseUsageKind(std::string_view name) {
  for (const auto& [value, text] : kNames) {
    if (text == name) return value;
  }
  return std::nullopt;
}

void UsageTotals::add(UsageKind kind, int count) {
  switch (kind) {
    case UsageKind::Session: sessions += count; break;
    case UsageKind::ScreenVisit: screenVisits += count; break;
    case UsageKind::Demo: demos += count; break;
    case UsageKind::Assessment: assessments += count; break;
    case UsageKind::Lead: leads += count; break;
  }
}

int UsageTotals::of(UsageKind kind) const {
  switch (kind) {
    case UsageKind::Session: return sessions;
    case UsageKind::ScreenVisit: return screenVisits;
    case UsageKind::Demo: return demos;
    case UsageKind::Assessment: return assessments;
    case UsageKind::Lead: return leads;
  }
  return 0;
}

std::string localDay(std::time_t when) {
  std::tm local{};
  localtime_r(&when, &local);
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
  return text;
}

std::vector<std::string> daysEndingWith(std::string_view last, int count) {
  int year = 0, month = 0, day = 0;
  if (last.size() != 10 || std::sscanf(std::string(last).c_str(), "%4d-%2d-%2d", &year, &month, &day) != 3) return {};
  std::vector<std::string> out(static_cast<std::size_t>(std::max(count, 0)));
  for (int i = count - 1; i >= 0; --i) {
    // Noon avoids daylight-saving edges; timegm/gmtime keep the arithmetic in whole days.
    std::tm tm{};
    tm.tm_year = year - 1900;
    tm.tm_mon = month - 1;
    tm.tm_mday = day - (count - 1 - i);
    tm.tm_hour = 12;
    const std::time_t t = timegm(&tm);
    std::tm norm{};
    gmtime_r(&t, &norm);
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", norm.tm_year + 1900, norm.tm_mon + 1, norm.tm_mday);
    out[static_cast<std::size_t>(i)] = text;
  }
  return out;
}

}  // namespace kiosk::core
