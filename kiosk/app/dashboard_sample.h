// Sample data for the staff dashboard ([dashboard] sample): what `--screen staff-dashboard`
// shows when no worker runs (screenshots), so its goldens do not depend on this machine's
// counts, clock or disk. Like assessment.sample_answers for the results screen.
#pragma once

#include <filesystem>
#include <string>

#include <tl/expected.hpp>

#include "kiosk/core/assessment_desk.h"
#include "kiosk/core/operations_desk.h"

namespace kiosk::app {

// Fills the dashboard's data and the assessment averages from the JSON file.
[[nodiscard]] tl::expected<void, std::string> loadDashboardSample(const std::filesystem::path& file,
                                                                  core::OperationsDesk& ops,
                                                                  core::AssessmentStats& stats);

}  // namespace kiosk::app
