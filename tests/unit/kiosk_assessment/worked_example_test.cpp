// The worked example of kiosk/assessment/README.md, number for number: a small shop answering
// the shipped questionnaire (tests/assessment/worked-example.json, also scored by kioskctl in
// tests/assessment). If the content changes, update the README and this test together.
#include <gtest/gtest.h>

#include "kiosk/assessment/json_io.h"
#include "kiosk/assessment/recommendations.h"
#include "kiosk/assessment/scoring.h"
#include "kiosk/assessment/take_home.h"
#include "tests/unit/kiosk_assessment/test_support.h"

namespace kiosk::assessment {
namespace {

class WorkedExample : public ::testing::Test {
 protected:
  void SetUp() override {
    auto file = parseAnswersJson(test::readText(test::kWorkedExample), test::shipped());
    ASSERT_TRUE(file) << test::joined(file.error());
    answers = file->answers;
    result = score(test::shipped(), answers);
  }
  [[nodiscard]] double scoreOf(const char* dimension) const { return result.dimension(dimension)->score.value(); }

  AnswerSheet answers;
  Result result;
};

TEST_F(WorkedExample, DimensionScoresAsInTheReadme) {
  // D1: plan "ideas" 0.33, investments 2 of full_score 4 = 0.5, budget "disagree" 0.25.
  EXPECT_DOUBLE_EQ(scoreOf("strategy"), 100 * (0.33 + 0.5 + 0.25) / 3);  // 36.0
  // D2: tools 4/6, connectivity 0.67, online 0.33, integration 0.5, technologies (w 1.5):
  // cloud 0.8 and analytics 0, five rows "not relevant" -> 0.4.
  EXPECT_DOUBLE_EQ(scoreOf("readiness"), 100 * (4.0 / 6 + 0.67 + 0.33 + 0.5 + 1.5 * 0.4) / 5.5);  // 50.3
  EXPECT_DOUBLE_EQ(scoreOf("people"), 100 * (0.5 + 1.0 / 3 + 0.5) / 3);                           // 44.4
  // D4: backup 0.33, security 2/6, decisions "don't know" -> 0 with full weight, traceability 0.
  EXPECT_DOUBLE_EQ(scoreOf("data"), 100 * (0.33 + 2.0 / 6 + 0 + 0) / 4);  // 16.6
  // D5: the two shop-floor questions are skipped (production = no).
  EXPECT_DOUBLE_EQ(scoreOf("automation"), 100 * (1.0 / 3 + 0.2) / 2);  // 26.7
  EXPECT_DOUBLE_EQ(scoreOf("green"), 100 * (0.5 + 0 + 1) / 3);         // 50.0

  EXPECT_NEAR(scoreOf("strategy"), 36.0, 1e-9);
  EXPECT_NEAR(scoreOf("readiness"), 50.303, 1e-3);
  EXPECT_NEAR(scoreOf("people"), 44.444, 1e-3);
  EXPECT_NEAR(scoreOf("data"), 16.583, 1e-3);
  EXPECT_NEAR(scoreOf("automation"), 26.667, 1e-3);
  EXPECT_NEAR(scoreOf("green"), 50.0, 1e-9);
}

TEST_F(WorkedExample, ShownScoresBandsAndCounts) {
  const std::vector<int> shown = {36, 50, 44, 17, 27, 50};
  const std::vector<std::string> bands = {"weak", "developing", "developing", "weak", "weak", "developing"};
  const std::vector<int> answered = {3, 5, 3, 4, 2, 3};
  ASSERT_EQ(result.dimensions.size(), 6u);
  for (std::size_t d = 0; d < 6; ++d) {
    EXPECT_EQ(rounded(*result.dimensions[d].score), shown[d]) << result.dimensions[d].id;
    EXPECT_EQ(result.dimensions[d].band, bands[d]) << result.dimensions[d].id;
    EXPECT_EQ(result.dimensions[d].answered, answered[d]) << result.dimensions[d].id;
  }
  EXPECT_EQ(result.dimension("data")->dontKnow, 1);
  EXPECT_EQ(result.dontKnow, 1);
  EXPECT_TRUE(result.unanswered.empty());
  EXPECT_TRUE(result.ignored.empty());
}

TEST_F(WorkedExample, OverallAndLevel) {
  EXPECT_DOUBLE_EQ(*result.overall, (scoreOf("strategy") + scoreOf("readiness") + scoreOf("people") + scoreOf("data") +
                                     scoreOf("automation") + scoreOf("green")) /
                                        6);
  EXPECT_NEAR(*result.overall, 37.333, 1e-3);
  EXPECT_EQ(rounded(*result.overall), 37);
  EXPECT_EQ(result.level, "intermediate");
}

TEST_F(WorkedExample, RecommendationsInOrder) {
  std::vector<std::string> rules;
  for (const Recommendation& r : result.recommendations) rules.push_back(r.rule);
  EXPECT_EQ(rules,
            (std::vector<std::string>{"backup", "weak_strategy", "traceability", "official_test", "meet_promoter"}));
  EXPECT_DOUBLE_EQ(result.recommendations[0].rank, 5.0);
  EXPECT_DOUBLE_EQ(result.recommendations[1].rank, 3 * (1 + (40 - 36.0) / 40));  // 3.3
  EXPECT_DOUBLE_EQ(result.recommendations[2].rank, 3.0);
  EXPECT_EQ(result.recommendations[0].area, "H");
  EXPECT_EQ(result.recommendations[0].service, "voucher");
  EXPECT_EQ(result.recommendations[1].service, "zoom40");
  EXPECT_EQ(result.recommendations[2].area, "F");
  EXPECT_EQ(result.recommendations[2].demo, "reader");
  EXPECT_EQ(result.services, (std::vector<std::string>{"voucher", "zoom40", "selfi40", "promoter"}));
}

TEST_F(WorkedExample, RulesThatFiredButWereNotShown) {
  const Content& content = test::shipped();
  // weak_data ranks 4.756, below backup's 5, and repeats area H: left out as a duplicate.
  EXPECT_DOUBLE_EQ(*ruleRank(content, *content.rule("weak_data"), answers, result),
                   3 * (1 + (40 - scoreOf("data")) / 40));
  // sell_online ties traceability at 3 and comes later in the file: cut by max_ranked = 3.
  EXPECT_DOUBLE_EQ(*ruleRank(content, *content.rule("sell_online"), answers, result), 3.0);
  EXPECT_DOUBLE_EQ(*ruleRank(content, *content.rule("weak_automation"), answers, result),
                   2 * (1 + (40 - scoreOf("automation")) / 40));  // 2.667
  EXPECT_DOUBLE_EQ(*ruleRank(content, *content.rule("low_overall"), answers, result), 1.0);
  EXPECT_FALSE(ruleRank(content, *content.rule("weak_automation_production"), answers, result));
  EXPECT_FALSE(ruleRank(content, *content.rule("guided_assessment"), answers, result));  // 1 "don't know" < 3
}

TEST_F(WorkedExample, ReturnCodeAndQrSummary) {
  EXPECT_EQ(result.returnCode, "54CJR-8KDJP");
  EXPECT_EQ(qrSummary(test::shipped(), result, "it", "https://www.example.camcom.it/pid"),
            "PID - Autovalutazione digitale\n"
            "Livello: Intermedio (37/100)\n"
            "Strategia 36, Prontezza 50, Persone 44, Dati 17, Automazione 27, Sostenibilità 50\n"
            "Codice: 54CJR-8KDJP\n"
            "https://www.example.camcom.it/pid");
}

}  // namespace
}  // namespace kiosk::assessment
