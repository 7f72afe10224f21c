// Scoring on the fixture (tests/unit/kiosk_assessment/fixture): question scores by type,
// weighted dimension means, skip logic, "don't know", weights, levels and bands.
#include <gtest/gtest.h>

#include "kiosk/assessment/scoring.h"
#include "tests/unit/kiosk_assessment/test_support.h"

namespace kiosk::assessment {
namespace {

using test::fixture;

// A complete, valid sheet with round numbers (see each dimension in DimensionScores).
AnswerSheet baseAnswers() {
  return {{"workshop", Answer::choose("yes")},
          {"plan", Answer::choose("some")},                                         // 0.5
          {"budget", Answer::choose("a")},                                          // 0.75, weight 2
          {"tools", Answer::chooseMany({"web"})},                                   // 1 / full_score 2 = 0.5
          {"tech", Answer::grid({{"cloud", "partly"}, {"printing", "not_used"}})},  // (0.8 + 0) / 2
          {"training", Answer::choose("partly")},                                   // 0.5
          {"backup", Answer::choose("manual")},                                     // 0.5
          {"machines", Answer::choose("testing")},                                  // 0.6
          {"ai", Answer::choose("considering")},                                    // 0.2
          {"energy", Answer::choose("yes")}};                                       // 1
}

double questionScoreOf(const char* id, const Answer& answer) {
  return questionScore(fixture(), *fixture().question(id), answer).value();
}

TEST(Scoring, QuestionScoreOfEachType) {
  EXPECT_DOUBLE_EQ(questionScoreOf("plan", Answer::choose("some")), 0.5);
  EXPECT_DOUBLE_EQ(questionScoreOf("budget", Answer::choose("a")), 0.75);
  EXPECT_DOUBLE_EQ(questionScoreOf("training", Answer::choose("partly")), 0.5);
  EXPECT_DOUBLE_EQ(questionScoreOf("ai", Answer::choose("planned")), 0.4);
  EXPECT_DOUBLE_EQ(questionScoreOf("tools", Answer::chooseMany({"web"})), 0.5);
  EXPECT_DOUBLE_EQ(questionScoreOf("tools", Answer::chooseMany({"web", "erp", "crm"})), 1.0);  // capped
  EXPECT_DOUBLE_EQ(questionScoreOf("tools", Answer::chooseMany({"none"})), 0.0);
  EXPECT_DOUBLE_EQ(questionScoreOf("tech", Answer::grid({{"cloud", "partly"}, {"printing", "n_a"}})), 0.8);
  EXPECT_DOUBLE_EQ(questionScoreOf("tech", Answer::grid({{"cloud", "partly"}, {"printing", "dont_know"}})), 0.4);
}

TEST(Scoring, ProfileQuestionsAndAllRowsNotRelevantDoNotCount) {
  EXPECT_FALSE(questionScore(fixture(), *fixture().question("workshop"), Answer::choose("yes")));
  EXPECT_FALSE(
      questionScore(fixture(), *fixture().question("tech"), Answer::grid({{"cloud", "n_a"}, {"printing", "n_a"}})));

  AnswerSheet answers = baseAnswers();
  answers["tech"] = Answer::grid({{"cloud", "n_a"}, {"printing", "n_a"}});
  const Result result = score(fixture(), answers);
  EXPECT_DOUBLE_EQ(*result.dimension("readiness")->score, 50.0);  // tools alone
  EXPECT_EQ(result.dimension("readiness")->answered, 1);
}

TEST(Scoring, DimensionScoresAreWeightedMeans) {
  const Result result = score(fixture(), baseAnswers());
  EXPECT_DOUBLE_EQ(*result.dimension("strategy")->score, 100 * (0.5 + 2 * 0.75) / 3);  // 66.7
  EXPECT_DOUBLE_EQ(*result.dimension("readiness")->score, 100 * (0.5 + 0.4) / 2);      // 45
  EXPECT_DOUBLE_EQ(*result.dimension("people")->score, 50.0);
  EXPECT_DOUBLE_EQ(*result.dimension("data")->score, 50.0);
  EXPECT_DOUBLE_EQ(*result.dimension("automation")->score, 100 * (0.6 + 0.2) / 2);  // 40
  EXPECT_DOUBLE_EQ(*result.dimension("green")->score, 100.0);
}

TEST(Scoring, OverallIsTheMeanOfTheDimensionsAndGivesTheLevel) {
  const Result result = score(fixture(), baseAnswers());
  EXPECT_DOUBLE_EQ(*result.overall, (100 * 2.0 / 3 + 45 + 50 + 50 + 40 + 100) / 6);  // 58.6
  EXPECT_EQ(result.level, "intermediate");
  EXPECT_EQ(result.dimension("automation")->band, "developing");  // 40 is the band's min
  EXPECT_EQ(result.dimension("green")->band, "strength");
}

TEST(Scoring, SkippedQuestionsAreLeftOutEvenWhenAnswered) {
  AnswerSheet answers = baseAnswers();
  answers["workshop"] = Answer::choose("no");  // machines is now hidden, its answer stale
  const Result result = score(fixture(), answers);
  EXPECT_DOUBLE_EQ(*result.dimension("automation")->score, 20.0);  // ai alone
  EXPECT_EQ(result.dimension("automation")->answered, 1);
  EXPECT_EQ(result.ignored, std::vector<std::string>{"machines"});
}

TEST(Scoring, ShownQuestionsWithoutAnAnswerAreListedAndNotScored) {
  AnswerSheet answers = baseAnswers();
  answers.erase("ai");
  const Result result = score(fixture(), answers);
  EXPECT_EQ(result.unanswered, std::vector<std::string>{"ai"});
  EXPECT_DOUBLE_EQ(*result.dimension("automation")->score, 60.0);
}

TEST(Scoring, DontKnowCountsAsZeroWithFullWeight) {
  AnswerSheet answers = baseAnswers();
  answers["ai"] = Answer::unknown();
  const Result result = score(fixture(), answers);
  EXPECT_DOUBLE_EQ(*result.dimension("automation")->score, 100 * (0.6 + 0) / 2);  // not 60: it is not left out
  EXPECT_EQ(result.dimension("automation")->dontKnow, 1);
  EXPECT_EQ(result.dontKnow, 1);
}

TEST(Scoring, DontKnowScoreComesFromTheQuestionnaire) {
  test::TempDir dir;
  const Content content =
      test::tweakedFixture(dir, "questionnaire.toml", "dont_know_score = 0.0", "dont_know_score = 0.5");
  AnswerSheet answers = baseAnswers();
  answers["ai"] = Answer::unknown();
  answers["tech"] = Answer::grid({{"cloud", "dont_know"}, {"printing", "in_use"}});
  const Result result = score(content, answers);
  EXPECT_DOUBLE_EQ(*result.dimension("automation")->score, 100 * (0.6 + 0.5) / 2);
  EXPECT_DOUBLE_EQ(*result.dimension("readiness")->score, 100 * (0.5 + (0.5 + 1.0) / 2) / 2);
  EXPECT_EQ(result.dontKnow, 2);  // the question and the matrix row
}

TEST(Scoring, ADimensionWithoutAnswersHasNoScoreAndIsLeftOutOfTheOverall) {
  AnswerSheet answers = baseAnswers();
  answers.erase("energy");
  const Result result = score(fixture(), answers);
  EXPECT_FALSE(result.dimension("green")->score);
  EXPECT_EQ(result.dimension("green")->band, "");
  EXPECT_DOUBLE_EQ(*result.overall, (100 * 2.0 / 3 + 45 + 50 + 50 + 40) / 5);
}

TEST(Scoring, DimensionWeightsComeFromTheFiles) {
  test::TempDir dir;
  const Content content = test::tweakedFixture(dir, "dimensions.toml", "id = \"strategy\"\nweight = 1.0",
                                               "id = \"strategy\"\nweight = 4.0");
  const Result result = score(content, baseAnswers());
  EXPECT_DOUBLE_EQ(*result.overall, (4 * 100 * 2.0 / 3 + 45 + 50 + 50 + 40 + 100) / 9);
}

TEST(Scoring, QuestionWeightsComeFromTheFiles) {
  test::TempDir dir;
  const Content content = test::tweakedFixture(dir, "questionnaire.toml", "weight = 2.0", "weight = 3.0");
  EXPECT_DOUBLE_EQ(*score(content, baseAnswers()).dimension("strategy")->score, 100 * (0.5 + 3 * 0.75) / 4);
}

TEST(Scoring, LevelsAndBandsUseTheRoundedScore) {
  EXPECT_EQ(rounded(33.49), 33);
  EXPECT_EQ(rounded(33.5), 34);
  EXPECT_EQ(fixture().levelFor(33)->id, "basic");
  EXPECT_EQ(fixture().levelFor(34)->id, "intermediate");
  EXPECT_EQ(fixture().levelFor(100)->id, "advanced");
  EXPECT_EQ(fixture().bandFor(39)->id, "weak");
  EXPECT_EQ(fixture().bandFor(40)->id, "developing");
  EXPECT_EQ(fixture().bandFor(70)->id, "strength");
}

TEST(Scoring, NoAnswersGiveNoScores) {
  const Result result = score(fixture(), {});
  EXPECT_FALSE(result.overall);
  EXPECT_EQ(result.level, "");
  for (const DimensionResult& dimension : result.dimensions) EXPECT_FALSE(dimension.score) << dimension.id;
  EXPECT_EQ(result.questionnaire, "fixture");
  EXPECT_EQ(result.version, "0.1.0");
}

}  // namespace
}  // namespace kiosk::assessment
