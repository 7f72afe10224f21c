// The self-assessment screens, headless: the QR encoder and radar geometry, then a visitor's
// way by touch: start, answer, go back (the earlier answer is kept), "don't know", the
// return-code keypad refusing a typo, and everything wiped when the visit ends.
#include <gtest/gtest.h>

#include <sstream>

#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include "headless_ui.h"
#include "kiosk/assessment/json_io.h"
#include "kiosk/ui/assessment_flow.h"
#include "kiosk/ui/widgets/qr_code.h"
#include "kiosk/ui/widgets/radar_chart.h"

namespace kiosk::testing {
namespace {

using ui::ScreenId;

// 1920x1080 positions, the same as tests/assessment/full-run.script uses.
constexpr float kStart[] = {1576, 992};
constexpr float kPrevious[] = {284, 992};
constexpr float kDontKnow[] = {960, 992};
constexpr float kNext[] = {1636, 992};
constexpr float kSectorRetail[] = {507, 864};
constexpr float kSizeMicro[] = {960, 616};

TEST(QrCode, EncodesWithFinderPatternsAndRefusesNothing) {
  const auto qr = ui::encodeQr("PID - Autovalutazione digitale\nSostenibilità 50\nCodice: 54CJR-8KDJP");
  ASSERT_TRUE(qr) << qr.error();
  EXPECT_GE(qr->size, 21);
  EXPECT_EQ((qr->size - 17) % 4, 0) << "a QR side is 17 + 4 x version";
  // The top-left finder pattern: a dark 7x7 ring around a light ring around a dark 3x3.
  for (int i = 0; i < 7; ++i) {
    EXPECT_TRUE(qr->at(i, 0));
    EXPECT_TRUE(qr->at(0, i));
    EXPECT_TRUE(qr->at(i, 6));
  }
  EXPECT_FALSE(qr->at(1, 1));
  EXPECT_TRUE(qr->at(3, 3));
  EXPECT_FALSE(ui::encodeQr(""));
}

TEST(RadarChart, FirstAxisPointsUpAndValuesScaleTheRadius) {
  const ImVec2 center(500, 500);
  const ImVec2 top = ui::radarPoint(center, 200, 0, 6, 100);
  EXPECT_NEAR(top.x, 500, 0.01);
  EXPECT_NEAR(top.y, 300, 0.01);
  const ImVec2 bottom = ui::radarPoint(center, 200, 3, 6, 50);
  EXPECT_NEAR(bottom.x, 500, 0.01);
  EXPECT_NEAR(bottom.y, 600, 0.01);
  const ImVec2 clamped = ui::radarPoint(center, 200, 0, 6, 250);
  EXPECT_NEAR(clamped.y, 300, 0.01);
}

class AssessmentScreensTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_previous = spdlog::default_logger();
    auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(m_log);
    spdlog::set_default_logger(std::make_shared<spdlog::logger>("test", sink));
    ASSERT_TRUE(m_ui.state().assessment.content) << "the shipped questionnaire did not load";
  }
  void TearDown() override { spdlog::set_default_logger(m_previous); }
  void tap(const float* at) { m_ui.tap(at[0], at[1]); }

  std::ostringstream m_log;
  std::shared_ptr<spdlog::logger> m_previous;
  HeadlessUi m_ui;
};

TEST_F(AssessmentScreensTest, AnswersByTouchAndBackKeepsTheEarlierAnswer) {
  m_ui.goTo(ScreenId::Assessment);
  tap(kStart);
  ASSERT_EQ(m_ui.nav().currentId(), ScreenId::AssessmentQuestion);
  tap(kSectorRetail);  // one tap answers a single choice and moves on
  tap(kSizeMicro);
  tap(kPrevious);      // back to "size": still answered, so "Next" keeps it
  tap(kNext);
  tap(kDontKnow);      // "production" is a profile question: no "don't know" there, nothing happens
  EXPECT_EQ(m_ui.nav().currentId(), ScreenId::AssessmentQuestion);
  EXPECT_TRUE(m_ui.state().session.assessmentResultId.empty());
  tap(kPrevious);
  tap(kPrevious);
  // Still asking: "Next" above moved on to "production", so two steps back is the first question.
  EXPECT_EQ(m_ui.nav().currentId(), ScreenId::AssessmentQuestion);
  tap(kPrevious);      // from the first question, back leaves to the introduction
  EXPECT_EQ(m_ui.nav().currentId(), ScreenId::Assessment);
  EXPECT_EQ(m_log.str().find("refused"), std::string::npos) << m_log.str();
}

TEST_F(AssessmentScreensTest, ResultsShowTheSampleAndTheKeypadRefusesATypo) {
  m_ui.goTo(ScreenId::AssessmentResults);
  EXPECT_EQ(m_ui.nav().currentId(), ScreenId::AssessmentResults);
  m_ui.tap(1037, 992);  // "Taken the test before? Compare"
  ASSERT_EQ(m_ui.nav().currentId(), ScreenId::AssessmentCode);
  // 54CJR-8KDJQ: the worked example's code with the last character mistyped.
  const float keys[][2] = {{1173, 548}, {1031, 548}, {1031, 658}, {747, 768}, {463, 878},
                           {463, 658},  {889, 768},  {1173, 658}, {747, 768}, {1457, 768}};
  for (const auto& key : keys) m_ui.tap(key[0], key[1]);
  m_ui.tap(1244, 988);  // Compare
  EXPECT_EQ(m_ui.nav().currentId(), ScreenId::AssessmentCode) << "a mistyped code must not be compared";
  m_ui.tap(676, 988);   // Delete
  m_ui.tap(1315, 768);  // P
  m_ui.tap(1244, 988);
  EXPECT_EQ(m_ui.nav().currentId(), ScreenId::AssessmentResults);
}

TEST_F(AssessmentScreensTest, TheEndOfTheVisitForgetsTheAnswers) {
  m_ui.goTo(ScreenId::Assessment);
  tap(kStart);
  tap(kSectorRetail);
  m_ui.nav().endSession();
  m_ui.goTo(ScreenId::AssessmentQuestion);
  // A fresh session starts at the first question: "previous" leaves to the introduction at once.
  tap(kPrevious);
  EXPECT_NE(m_ui.nav().currentId(), ScreenId::AssessmentQuestion);
}

// The flow behind the screens: the sector average is shown only from N results and only of
// other visitors; the visit's result id is the return code; the anonymous record goes out
// once, when the visit ends.
TEST_F(AssessmentScreensTest, FlowSnapshotsTheSectorAverageAndRecordsOnceAtTheEnd) {
  core::KioskState& state = m_ui.state();
  core::AssessmentDesk& desk = state.assessment;
  std::vector<core::AnonymousResult> recorded;
  desk.record = [&](core::AnonymousResult r) { recorded.push_back(std::move(r)); };
  desk.minResultsForAverage = 3;
  desk.stats.sectors = {{"retail", 2, {{"strategy", 60.0}}, 55.0}};

  const auto answers = assessment::parseAnswersJson(desk.sampleAnswersJson, *desk.content);
  ASSERT_TRUE(answers);
  const auto run = [&](ui::AssessmentFlow& flow) {
    ASSERT_TRUE(flow.begin(desk, m_ui.now()));
    while (const assessment::Question* q = flow.session()->current()) {
      ASSERT_TRUE(flow.session()->answer(answers->answers.at(q->id)));
    }
    flow.finish(state, m_ui.now() + std::chrono::minutes(9));
  };

  ui::AssessmentFlow few;
  run(few);
  EXPECT_FALSE(few.sectorAverage()) << "2 results are fewer than the 3 the config asks for";
  EXPECT_EQ(state.session.assessmentResultId, "54CJR-8KDJP");
  EXPECT_TRUE(recorded.empty()) << "recorded only when the visit ends";
  few.wipe();
  few.wipe();
  ASSERT_EQ(recorded.size(), 1u);
  EXPECT_EQ(recorded.front().sector, "retail");
  EXPECT_EQ(recorded.front().durationSeconds, 540);

  desk.stats.sectors.front().results = 3;
  ui::AssessmentFlow enough;
  run(enough);
  ASSERT_TRUE(enough.sectorAverage());
  EXPECT_EQ(enough.sectorAverage()->results, 3);
}

}  // namespace
}  // namespace kiosk::testing
