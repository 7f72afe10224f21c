// Start-up of the self-assessment: the shipped questionnaire loads into the desk; a broken one
// leaves the section disabled with its problems in the staff panel's list, and never throws.
#include <gtest/gtest.h>

#include "kiosk/app/assessment_setup.h"
#include "kiosk/assessment/content.h"
#include "kiosk/core/translator.h"
#include "tests/unit/temp_dir.h"

namespace kiosk::app {
namespace {

namespace fs = std::filesystem;

struct Fixture {
  core::Config config;
  core::Translator translator;
  core::KioskState state;

  explicit Fixture(const fs::path& assets)
      : config(makeConfig(assets)),
        translator(*core::Translator::load(fs::path(KIOSK_ASSETS_DIR) / "i18n", {"it", "en"})),
        state{config, translator, {}, {}, {}, core::PinGate({}, [](std::string_view) { return false; }), {}, {}, {}, {}, {}} {}

  static core::Config makeConfig(const fs::path& assets) {
    core::Config config;
    config.assetsDir = assets;
    config.dataDir = "/tmp/kiosk-unit-data";
    config.assessment.chamberUrl = "https://example.org/pid";
    config.assessment.minResultsForAverage = 7;
    return config;
  }
};

TEST(AssessmentSetup, ShippedQuestionnaireLoads) {
  Fixture f(KIOSK_ASSETS_DIR);
  loadAssessmentDesk(f.state, f.config);
  ASSERT_TRUE(f.state.assessment.content);
  EXPECT_EQ(f.state.assessment.content->id, "pid-kiosk-maturity");
  EXPECT_TRUE(f.state.assessment.contentProblems.empty());
  EXPECT_EQ(f.state.assessment.chamberUrl, "https://example.org/pid");
  EXPECT_EQ(f.state.assessment.minResultsForAverage, 7);
  const auto options = assessmentStatsOptions(f.config, f.state.assessment);
  EXPECT_EQ(options.database, fs::path("/tmp/kiosk-unit-data/assessment-stats.sqlite"));
  EXPECT_EQ(options.version, f.state.assessment.content->version);
}

TEST(AssessmentSetup, BrokenQuestionnaireDisablesTheSectionAndAlertsStaff) {
  kiosk::test::TempDir dir;
  fs::create_directories(dir.path() / "assessment");
  fs::create_directories(dir.path() / "content");
  for (const auto& entry : fs::directory_iterator(fs::path(KIOSK_ASSETS_DIR) / "assessment"))
    fs::copy_file(entry.path(), dir.path() / "assessment" / entry.path().filename());
  fs::copy_file(fs::path(KIOSK_ASSETS_DIR) / "content" / "technology-areas.toml", dir.path() / "content" / "technology-areas.toml");
  dir.write("assessment/levels.toml", "this is [ not toml");
  Fixture f(dir.path());
  loadAssessmentDesk(f.state, f.config);
  EXPECT_FALSE(f.state.assessment.content);
  ASSERT_GE(f.state.assessment.contentProblems.size(), 2u);
  EXPECT_NE(f.state.assessment.contentProblems.front().find("assessment disabled"), std::string::npos);
  EXPECT_NE(f.state.assessment.contentProblems.back().find("levels.toml"), std::string::npos)
      << f.state.assessment.contentProblems.back();
  EXPECT_EQ(f.state.contentProblems, f.state.assessment.contentProblems) << "the staff panel lists them";
}

TEST(AssessmentSetup, MissingFolderIsReportedToo) {
  kiosk::test::TempDir dir;
  Fixture f(dir.path());
  loadAssessmentDesk(f.state, f.config);
  EXPECT_FALSE(f.state.assessment.content);
  EXPECT_FALSE(f.state.contentProblems.empty());
}

}  // namespace
}  // namespace kiosk::app
