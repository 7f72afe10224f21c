// Recommendation rules on the fixture: which fire, ranking by priority x urgency, ties in file
// order, one card per area, the max_ranked cap, pinned ones last, demos.
#include <gtest/gtest.h>

#include "kiosk/assessment/recommendations.h"
#include "kiosk/assessment/scoring.h"
#include "tests/unit/kiosk_assessment/test_support.h"

namespace kiosk::assessment {
namespace {

using test::fixture;

// Everything at its best: no rule fires but the pinned one.
AnswerSheet strongAnswers() {
  return {{"workshop", Answer::choose("yes")},
          {"plan", Answer::choose("full")},
          {"budget", Answer::choose("sa")},
          {"tools", Answer::chooseMany({"web", "erp"})},
          {"tech", Answer::grid({{"cloud", "in_use"}, {"printing", "in_use"}})},
          {"training", Answer::choose("yes")},
          {"backup", Answer::choose("auto")},
          {"machines", Answer::choose("in_use")},
          {"ai", Answer::choose("in_use")},
          {"energy", Answer::choose("yes")}};
}

std::vector<std::string> rulesOf(const Result& result) {
  std::vector<std::string> rules;
  for (const Recommendation& recommendation : result.recommendations) rules.push_back(recommendation.rule);
  return rules;
}

TEST(Recommendations, OnlyThePinnedOnesWhenNothingIsWeak) {
  const Result result = score(fixture(), strongAnswers());
  EXPECT_EQ(rulesOf(result), std::vector<std::string>{"official"});
  EXPECT_TRUE(result.recommendations[0].pinned);
  EXPECT_EQ(result.services, std::vector<std::string>{"selfi40"});
}

TEST(Recommendations, ASpecificAnswerFiresItsRuleWithTheDemoOfItsArea) {
  AnswerSheet answers = strongAnswers();
  answers["tech"] = Answer::grid({{"cloud", "in_use"}, {"printing", "not_used"}});
  const Result result = score(fixture(), answers);
  ASSERT_EQ(rulesOf(result), (std::vector<std::string>{"printing", "official"}));
  EXPECT_EQ(result.recommendations[0].area, "B");
  EXPECT_EQ(result.recommendations[0].demo, "printer");
  EXPECT_DOUBLE_EQ(result.recommendations[0].rank, 2.0);
}

TEST(Recommendations, AllConditionsMustHoldAndHiddenQuestionsNeverMatch) {
  AnswerSheet answers = strongAnswers();
  answers["tech"] = Answer::grid({{"cloud", "in_use"}, {"printing", "not_used"}});
  answers["workshop"] = Answer::choose("no");
  EXPECT_EQ(rulesOf(score(fixture(), answers)), std::vector<std::string>{"official"});
}

TEST(Recommendations, ARowAnsweredDontKnowMatchesTooAndCountsAsDontKnow) {
  AnswerSheet answers = strongAnswers();
  answers["tech"] = Answer::grid({{"cloud", "in_use"}, {"printing", "dont_know"}});
  const Result result = score(fixture(), answers);
  EXPECT_EQ(rulesOf(result), (std::vector<std::string>{"printing", "official"}));
  EXPECT_EQ(result.dontKnow, 1);
}

TEST(Recommendations, WeakerDimensionsRankHigher) {
  AnswerSheet answers = strongAnswers();
  answers["machines"] = Answer::choose("considering");  // automation 20: urgency 1 + 20/40
  answers["ai"] = Answer::choose("considering");
  const Result result = score(fixture(), answers);
  EXPECT_DOUBLE_EQ(*ruleRank(fixture(), *fixture().rule("weak_automation"), answers, result), 2 * 1.5);
  answers["machines"] = Answer::choose("not_used");  // automation 10: urgency 1 + 30/40
  answers["ai"] = Answer::choose("considering");
  EXPECT_DOUBLE_EQ(*ruleRank(fixture(), *fixture().rule("weak_automation"), answers, score(fixture(), answers)),
                   2 * 1.75);
}

TEST(Recommendations, RankedByPriorityTimesUrgencyTiesInFileOrder) {
  AnswerSheet answers = strongAnswers();
  answers["machines"] = Answer::choose("not_used");  // automation 0 -> weak_automation 2 x 2 = 4
  answers["ai"] = Answer::choose("not_used");
  answers["energy"] = Answer::choose("no");                                         // green 0 -> weak_green 1 x 2 = 2
  answers["tech"] = Answer::grid({{"cloud", "in_use"}, {"printing", "not_used"}});  // printing 2 x 1 = 2
  const Result result = score(fixture(), answers);
  // printing and weak_green tie at 2: printing comes first in recommendations.toml.
  ASSERT_EQ(rulesOf(result), (std::vector<std::string>{"weak_automation", "printing", "weak_green", "official"}));
  EXPECT_DOUBLE_EQ(result.recommendations[0].rank, 4.0);
  EXPECT_DOUBLE_EQ(result.recommendations[1].rank, 2.0);
  EXPECT_DOUBLE_EQ(result.recommendations[2].rank, 2.0);
  EXPECT_EQ(result.recommendations[0].demo, "");        // area A: no demo in this kiosk
  EXPECT_EQ(result.recommendations[2].demo, "reader");  // named by the rule
}

TEST(Recommendations, OneCardPerArea) {
  AnswerSheet answers = strongAnswers();
  answers["backup"] = Answer::choose("none");  // backup (H, 5) and weak_data (H, 3 x 2 = 6) both fire
  const Result result = score(fixture(), answers);
  EXPECT_EQ(rulesOf(result), (std::vector<std::string>{"weak_data", "official"}));
  EXPECT_EQ(result.services, (std::vector<std::string>{"training", "selfi40"}));
}

TEST(Recommendations, AtMostMaxRankedThenThePinnedOnes) {
  AnswerSheet answers = strongAnswers();
  answers["machines"] = Answer::choose("not_used");
  answers["ai"] = Answer::unknown();  // automation 0, first "don't know"
  answers["energy"] = Answer::choose("no");
  answers["tech"] = Answer::grid({{"cloud", "in_use"}, {"printing", "dont_know"}});  // second "don't know"
  const Result result = score(fixture(), answers);
  // weak_automation 4 and unsure 4 (file order), printing 2, weak_green 2 is the fourth: cut.
  EXPECT_EQ(rulesOf(result), (std::vector<std::string>{"weak_automation", "unsure", "printing", "official"}));
  EXPECT_EQ(result.services, (std::vector<std::string>{"promoter", "selfi40"}));
}

TEST(Recommendations, TheSameAnswersAlwaysGiveTheSameList) {
  AnswerSheet answers = strongAnswers();
  answers["energy"] = Answer::choose("no");
  answers["backup"] = Answer::choose("none");
  const auto first = rulesOf(score(fixture(), answers));
  for (int i = 0; i < 5; ++i) EXPECT_EQ(rulesOf(score(fixture(), answers)), first);
}

}  // namespace
}  // namespace kiosk::assessment
