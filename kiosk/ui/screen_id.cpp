#include "kiosk/ui/screen_id.h"

#include <array>
#include <utility>

namespace kiosk::ui {
namespace {

constexpr std::array<std::pair<ScreenId, std::string_view>, 18> kNames{{
    {ScreenId::Attract, "attract"},
    {ScreenId::Home, "home"},
    {ScreenId::Assessment, "assessment"},
    {ScreenId::Demos, "demos"},
    {ScreenId::Library, "library"},
    {ScreenId::Contact, "contact"},
    {ScreenId::ContactDone, "contact-done"},
    {ScreenId::StaffPin, "staff-pin"},
    {ScreenId::Staff, "staff"},
    {ScreenId::Printer, "printer"},
    {ScreenId::AssessmentQuestion, "assessment-question"},
    {ScreenId::AssessmentResults, "assessment-results"},
    {ScreenId::AssessmentCode, "assessment-code"},
    {ScreenId::StaffLeads, "staff-leads"},
    {ScreenId::Traceability, "traceability"},
    {ScreenId::StaffDashboard, "staff-dashboard"},
    {ScreenId::Ar, "ar"},
    {ScreenId::LibraryPlayer, "library-player"},
}};

}  // namespace

std::string_view toString(ScreenId id) {
  for (const auto& [value, name] : kNames) {
    if (value == id) return name;
  }
  return "unknown";
}

std::optional<ScreenId> parseScreenId(std::string_view name) {
  for (const auto& [value, text] : kNames) {
    if (text == name) return value;
  }
  return std::nullopt;
}

std::optional<ScreenId> screenOfDemo(std::string_view demoId) {
  if (demoId == "printer") return ScreenId::Printer;
  if (demoId == "reader") return ScreenId::Traceability;
  if (demoId == "ar") return ScreenId::Ar;
  return std::nullopt;
}

const std::vector<ScreenId>& allScreenIds() {
  static const std::vector<ScreenId> ids = [] {
    std::vector<ScreenId> out;
    for (const auto& entry : kNames) out.push_back(entry.first);
    return out;
  }();
  return ids;
}

}  // namespace kiosk::ui
