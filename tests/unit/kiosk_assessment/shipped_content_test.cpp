// The files in assets/assessment/ as shipped: they load with no problem, cover the six DMA
// dimensions and every question type, and score sensibly end to end.
#include <algorithm>
#include <map>
#include <set>

#include <gtest/gtest.h>

#include "kiosk/assessment/loader.h"
#include "kiosk/assessment/scoring.h"
#include "kiosk/assessment/session.h"
#include "tests/unit/kiosk_assessment/test_support.h"

namespace kiosk::assessment {
namespace {

using test::shipped;

TEST(ShippedContent, LoadsWithZeroProblems) {
  const auto content = loadContent(test::kShipped);
  ASSERT_TRUE(content) << test::joined(content.error());
  EXPECT_EQ(content->languages, (std::vector<std::string>{"it", "en"}));
}

TEST(ShippedContent, SixDmaDimensionsInOrder) {
  std::vector<std::string> ids;
  for (const Dimension& dimension : shipped().dimensions) ids.push_back(dimension.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"strategy", "readiness", "people", "data", "automation", "green"}));
}

TEST(ShippedContent, TwentyToTwentyFiveScoredQuestionsSpreadOverTheDimensions) {
  std::map<std::string, int> perDimension;
  int scored = 0;
  for (const Question& question : shipped().questions) {
    if (question.isProfile()) continue;
    ++scored;
    ++perDimension[question.dimension];
  }
  EXPECT_GE(scored, 20);
  EXPECT_LE(scored, 25);
  for (const Dimension& dimension : shipped().dimensions) EXPECT_GE(perDimension[dimension.id], 3) << dimension.id;
}

TEST(ShippedContent, UsesEveryQuestionTypeAndSomeSkipLogic) {
  std::set<QuestionType> types;
  int conditional = 0;
  for (const Question& question : shipped().questions) {
    types.insert(question.type);
    if (question.showIf) ++conditional;
  }
  EXPECT_EQ(types.size(), 6u);
  EXPECT_GE(conditional, 2);
}

TEST(ShippedContent, EveryVisibleTextExistsInItalianAndEnglish) {
  const auto check = [](const Text& text, const std::string& what) {
    for (const char* language : {"it", "en"}) {
      const auto it = text.find(language);
      EXPECT_TRUE(it != text.end() && !it->second.empty()) << what << " " << language;
    }
  };
  for (const Question& question : shipped().questions) {
    check(question.text, question.id);
    for (const Option& option : question.options) check(option.text, question.id + "." + option.id);
    for (const Row& row : question.rows) check(row.text, question.id + "." + row.id);
  }
  for (const Level& level : shipped().levels) check(level.sentence, level.id);
  for (const Rule& rule : shipped().rules) check(rule.text, rule.id);
  for (const Service& service : shipped().services) check(service.text, service.id);
}

TEST(ShippedContent, OffersTheRequiredPidServicesAndKioskDemos) {
  for (const char* id : {"selfi40", "promoter", "zoom40", "training", "voucher"})
    EXPECT_NE(shipped().service(id), nullptr) << id;
  std::map<std::string, std::vector<std::string>> demos;
  for (const Demo& demo : shipped().demos) demos[demo.id] = demo.areas;
  EXPECT_EQ(demos["printer"], std::vector<std::string>{"B"});
  EXPECT_EQ(demos["ar"], std::vector<std::string>{"C"});
  const bool readerNamed = std::any_of(shipped().rules.begin(), shipped().rules.end(),
                                       [](const Rule& rule) { return rule.demo == "reader"; });
  EXPECT_TRUE(readerNamed) << "no rule offers the RFID reader demo";
}

Result runWith(bool best) {
  Session session(shipped());
  while (const Question* question = session.current()) {
    auto answered = session.answer(test::extremeAnswer(*question, best));
    if (!answered) throw std::runtime_error(answered.error());
  }
  return session.result();
}

TEST(ShippedContent, BestAnswersScoreOneHundredEverywhere) {
  const Result result = runWith(true);
  for (const DimensionResult& dimension : result.dimensions) {
    ASSERT_TRUE(dimension.score) << dimension.id;
    EXPECT_DOUBLE_EQ(*dimension.score, 100.0) << dimension.id;
  }
  EXPECT_DOUBLE_EQ(result.overall.value_or(-1), 100.0);
  EXPECT_EQ(result.level, "advanced");
  // Nothing is weak: only the pinned services remain.
  for (const Recommendation& recommendation : result.recommendations)
    EXPECT_TRUE(recommendation.pinned) << recommendation.rule;
}

TEST(ShippedContent, WorstAnswersScoreZeroAndGetThreeRankedRecommendations) {
  const Result result = runWith(false);
  for (const DimensionResult& dimension : result.dimensions)
    EXPECT_DOUBLE_EQ(dimension.score.value_or(-1), 0.0) << dimension.id;
  EXPECT_EQ(result.level, "basic");
  const auto ranked = std::count_if(result.recommendations.begin(), result.recommendations.end(),
                                    [](const Recommendation& r) { return !r.pinned; });
  EXPECT_EQ(ranked, shipped().maxRanked);
  EXPECT_EQ(result.returnCode.size(), 11u);
}

TEST(ShippedContent, AHigherScoredOptionNeverLowersItsDimension) {
  // Every single-choice question of the best run, swept over its options in score order.
  Session session(shipped());
  while (const Question* question = session.current())
    ASSERT_TRUE(session.answer(test::extremeAnswer(*question, true)));
  const AnswerSheet best = session.answers();
  for (const Question& question : shipped().questions) {
    if (question.isProfile() || question.type == QuestionType::Multi || question.type == QuestionType::Matrix) continue;
    if (!best.contains(question.id)) continue;
    std::vector<const Option*> options;
    for (const Option& option : question.options) options.push_back(&option);
    std::sort(options.begin(), options.end(), [](const Option* a, const Option* b) { return *a->score < *b->score; });
    double previous = -1;
    for (const Option* option : options) {
      AnswerSheet answers = best;
      answers[question.id] = Answer::choose(option->id);
      const double now = *score(shipped(), answers).dimension(question.dimension)->score;
      EXPECT_GE(now, previous) << question.id << " = " << option->id;
      previous = now;
    }
  }
}

TEST(ShippedContent, TakesAboutTenMinutes) {
  const Session session(shipped());
  EXPECT_GE(session.progress().minutesLeft, 8);
  EXPECT_LE(session.progress().minutesLeft, 13);
}

}  // namespace
}  // namespace kiosk::assessment
