// The kiosk's screens, by the stable names used by --screen, scripts and logs.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace kiosk::ui {

enum class ScreenId { Attract, Home, Assessment, Demos, Library, Contact, ContactDone, StaffPin, Staff, StaffLeads,
                      Printer, AssessmentQuestion, AssessmentResults, AssessmentCode,
                      Traceability, StaffDashboard, Ar,
                      LibraryPlayer };

[[nodiscard]] std::string_view toString(ScreenId id);
[[nodiscard]] std::optional<ScreenId> parseScreenId(std::string_view name);
[[nodiscard]] const std::vector<ScreenId>& allScreenIds();
// The screen of a live demo named in content ("printer"); nullopt while a demo has no screen
// of its own yet (the Demos overview stands in).
[[nodiscard]] std::optional<ScreenId> screenOfDemo(std::string_view demoId);

}  // namespace kiosk::ui
