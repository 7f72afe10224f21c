// Start-up of the self-assessment: loads and checks the questionnaire into the kiosk state.
// A broken questionnaire never stops the kiosk: the desk stays without content (the section
// shows "not available") and every problem goes to the log and the staff panel.
#pragma once

#include "kiosk/app/assessment_stats_service.h"
#include "kiosk/core/config.h"
#include "kiosk/core/kiosk_state.h"

namespace kiosk::app {

void loadAssessmentDesk(core::KioskState& state, const core::Config& config);

// The statistics worker's options: assessment.stats_database, else <data>/assessment-stats.sqlite,
// averaged over the loaded questionnaire's version. `desk` must have content.
[[nodiscard]] AssessmentStatsService::Options assessmentStatsOptions(const core::Config& config,
                                                                     const core::AssessmentDesk& desk);

}  // namespace kiosk::app
