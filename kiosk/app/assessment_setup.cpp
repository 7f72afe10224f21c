#include "kiosk/app/assessment_setup.h"

#include <fstream>
#include <sstream>

#include <spdlog/spdlog.h>

#include "kiosk/assessment/loader.h"

namespace kiosk::app {

void loadAssessmentDesk(core::KioskState& state, const core::Config& config) {
  core::AssessmentDesk& desk = state.assessment;
  desk.chamberUrl = config.assessment.chamberUrl;
  desk.minResultsForAverage = config.assessment.minResultsForAverage;
  const auto folder = config.assetsDir / "assessment";
  auto content = assessment::loadContent(folder);
  if (!content) {
    desk.contentProblems.push_back("assessment disabled: " + folder.string() + " has " +
                                   std::to_string(content.error().size()) + " problem(s)");
    desk.contentProblems.insert(desk.contentProblems.end(), content.error().begin(), content.error().end());
    for (const std::string& problem : desk.contentProblems) spdlog::error("content: {}", problem);
    state.contentProblems.insert(state.contentProblems.end(), desk.contentProblems.begin(), desk.contentProblems.end());
    return;
  }
  desk.content = std::make_shared<const assessment::Content>(std::move(*content));
  spdlog::info("assessment: {} {} loaded, {} questions", desk.content->id, desk.content->version,
               desk.content->questions.size());
  if (!config.assessment.sampleAnswers.empty()) {
    // Read now, at start-up: the results screen must not touch the disk.
    std::ifstream in(config.assessment.sampleAnswers, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (in) {
      desk.sampleAnswersJson = text.str();
    } else {
      spdlog::warn("assessment: cannot read sample answers {}", config.assessment.sampleAnswers.string());
    }
  }
}

AssessmentStatsService::Options assessmentStatsOptions(const core::Config& config, const core::AssessmentDesk& desk) {
  AssessmentStatsService::Options options;
  options.database = config.assessment.statsDatabase.empty() ? config.dataDir / "assessment-stats.sqlite"
                                                             : config.assessment.statsDatabase;
  options.questionnaire = desk.content->id;
  options.version = desk.content->version;
  return options;
}

}  // namespace kiosk::app
