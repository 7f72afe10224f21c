// The non-UI pieces the assessment screens build on: the answer draft of a multiple choice or
// a matrix, the result view the results screen draws (checked against the worked example),
// what the introduction promises (question count, minutes) and the anonymous statistics record.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "kiosk/assessment/anonymous_result.h"
#include "kiosk/assessment/answer_draft.h"
#include "kiosk/assessment/json_io.h"
#include "kiosk/assessment/result_view.h"
#include "kiosk/assessment/scoring.h"
#include "tests/unit/kiosk_assessment/test_support.h"

namespace kiosk::assessment {
namespace {

const Question& shippedQuestion(std::string_view id) {
  const Question* question = test::shipped().question(id);
  if (!question) throw std::runtime_error("no question " + std::string(id));
  return *question;
}

TEST(AnswerDraft, MultiCollectsTicksInQuestionOrder) {
  AnswerDraft draft(shippedQuestion("strategy_investments"), nullptr);
  EXPECT_FALSE(draft.complete());
  draft.toggle("admin");
  draft.toggle("marketing");
  EXPECT_TRUE(draft.complete());
  EXPECT_EQ(draft.answer(), Answer::chooseMany({"marketing", "admin"}));
  draft.toggle("admin");  // a second tap unticks
  EXPECT_EQ(draft.answer(), Answer::chooseMany({"marketing"}));
  draft.toggle("no_such_option");
  EXPECT_EQ(draft.answer(), Answer::chooseMany({"marketing"}));
}

TEST(AnswerDraft, ExclusiveOptionStaysAlone) {
  AnswerDraft draft(shippedQuestion("strategy_investments"), nullptr);
  draft.toggle("marketing");
  draft.toggle("customers");
  draft.toggle("none");  // "None" clears the others...
  EXPECT_EQ(draft.answer(), Answer::chooseMany({"none"}));
  draft.toggle("admin");  // ...and a real choice clears "None"
  EXPECT_EQ(draft.answer(), Answer::chooseMany({"admin"}));
  EXPECT_TRUE(checkAnswer(shippedQuestion("strategy_investments"), draft.answer()));
}

TEST(AnswerDraft, MatrixIsCompleteWhenEveryRowHasAValue) {
  const Question& grid = shippedQuestion("readiness_technologies");
  AnswerDraft draft(grid, nullptr);
  for (std::size_t i = 0; i + 1 < grid.rows.size(); ++i) draft.setRow(grid.rows[i].id, "partly");
  EXPECT_FALSE(draft.complete());
  EXPECT_EQ(draft.rowValue(grid.rows.back().id), "");
  draft.setRow(grid.rows.back().id, kNotApplicable);
  draft.setRow(grid.rows.front().id, kDontKnow);  // changing a row keeps one value per row
  EXPECT_TRUE(draft.complete());
  EXPECT_EQ(draft.rowsAnswered(), static_cast<int>(grid.rows.size()));
  EXPECT_EQ(draft.answer().rows.at(grid.rows.front().id), kDontKnow);
  draft.setRow("no_such_row", "partly");
  EXPECT_EQ(draft.rowsAnswered(), static_cast<int>(grid.rows.size()));
}

TEST(AnswerDraft, StartsFromTheEarlierAnswer) {
  const Answer earlier = Answer::chooseMany({"courses", "online"});
  AnswerDraft draft(shippedQuestion("people_training"), &earlier);
  EXPECT_TRUE(draft.selected("courses"));
  EXPECT_TRUE(draft.selected("online"));
  EXPECT_FALSE(draft.selected("none"));
  const Answer dontKnow = Answer::unknown();
  EXPECT_FALSE(AnswerDraft(shippedQuestion("people_training"), &dontKnow).complete());
}

class WorkedExampleView : public ::testing::Test {
 protected:
  void SetUp() override {
    auto file = parseAnswersJson(test::readText(test::kWorkedExample), test::shipped());
    ASSERT_TRUE(file) << test::joined(file.error());
    answers = file->answers;
    result = score(test::shipped(), answers);
  }
  AnswerSheet answers;
  Result result;
};

TEST_F(WorkedExampleView, ShowsTheReadmeNumbersInItalian) {
  const ResultView view = makeResultView(test::shipped(), result, "it", "https://example.org/pid");
  EXPECT_EQ(view.overall, 37);
  EXPECT_EQ(view.level, "intermediate");
  EXPECT_EQ(view.levelTitle, "Intermedio");
  EXPECT_FALSE(view.levelSentence.empty());
  ASSERT_EQ(view.dimensions.size(), 6u);
  const int expected[] = {36, 50, 44, 17, 27, 50};
  for (std::size_t d = 0; d < 6; ++d) EXPECT_EQ(view.dimensions[d].score, expected[d]) << view.dimensions[d].id;
  EXPECT_EQ(view.dimensions[0].shortTitle, "Strategia");
  EXPECT_EQ(view.dimensions[0].band, "weak");
  // Three cards: backup (H), weak_strategy, traceability with the reader demo.
  ASSERT_EQ(view.cards.size(), 3u);
  EXPECT_EQ(view.cards[0].rule, "backup");
  EXPECT_EQ(view.cards[1].rule, "weak_strategy");
  EXPECT_EQ(view.cards[2].rule, "traceability");
  EXPECT_EQ(view.cards[2].demo, "reader");
  EXPECT_EQ(view.returnCode, "54CJR-8KDJP");
  EXPECT_NE(view.qrText.find("Codice: 54CJR-8KDJP"), std::string::npos) << view.qrText;
  EXPECT_NE(view.qrText.find("https://example.org/pid"), std::string::npos);
}

TEST_F(WorkedExampleView, EnglishTextsAndJson) {
  const ResultView view = makeResultView(test::shipped(), result, "en", "");
  EXPECT_EQ(view.levelTitle, "Intermediate");
  EXPECT_EQ(view.notAvailable, "n/a");
  const auto json = nlohmann::json::parse(resultViewToJson(view));
  EXPECT_EQ(json["overall_shown"], 37);
  EXPECT_EQ(json["level"]["id"], "intermediate");
  EXPECT_EQ(json["dimensions"][3]["shown"], 17);
  EXPECT_EQ(json["cards"].size(), 3u);
  EXPECT_EQ(json["cards"][2]["demo"], "reader");
  EXPECT_TRUE(json["cards"][0]["demo"].is_null());
  EXPECT_EQ(json["return_code"], "54CJR-8KDJP");
}

TEST(ResultView, MissingDimensionShowsNotAvailable) {
  const Result empty = score(test::shipped(), {});
  const ResultView view = makeResultView(test::shipped(), empty, "it", "");
  EXPECT_FALSE(view.overall);
  for (const DimensionView& d : view.dimensions) EXPECT_FALSE(d.score) << d.id;
  EXPECT_TRUE(resultViewToJson(view).find("\"overall_shown\": null") != std::string::npos);
}

TEST(QuestionnaireSize, ShippedContentIs22QuestionsInAbout12Minutes) {
  const QuestionnaireSize size = questionnaireSize(test::shipped());
  EXPECT_EQ(size.scoredQuestions, 22);
  EXPECT_EQ(size.profileQuestions, 3);
  // 19 questions of 25 s, 5 multiple choices of 35 s, the technology grid 60 s: 710 s.
  EXPECT_EQ(size.minutes, 12);
}

TEST_F(WorkedExampleView, AnonymousRecordHasScoresAndProfileOnly) {
  using namespace std::chrono;
  const system_clock::time_point at{seconds(1'764'495'123)};  // 2025-11-30 09:32:03 UTC
  const core::AnonymousResult record =
      anonymousResult(test::shipped(), result, answers, "it", at, seconds(540));
  EXPECT_EQ(record.questionnaire, "pid-kiosk-maturity");
  EXPECT_EQ(record.sector, "retail");
  EXPECT_EQ(record.size, "micro");
  EXPECT_EQ(record.finishedHour, 1'764'493'200);  // 09:00
  EXPECT_EQ(record.durationSeconds, 540);
  ASSERT_EQ(record.dimensions.size(), 6u);
  EXPECT_EQ(record.dimensions[3].first, "data");
  EXPECT_NEAR(*record.dimensions[3].second, 16.58, 0.01);
  EXPECT_NEAR(*record.overall, 37.33, 0.01);
  EXPECT_EQ(record.level, "intermediate");
  EXPECT_EQ(record.dontKnow, 1);
}

TEST(AnonymousRecord, UnansweredProfileIsEmpty) {
  const Result empty = score(test::shipped(), {});
  const auto record = anonymousResult(test::shipped(), empty, {}, "en", std::chrono::system_clock::time_point{},
                                      std::chrono::seconds(-5));
  EXPECT_EQ(record.sector, "");
  EXPECT_EQ(record.size, "");
  EXPECT_EQ(record.durationSeconds, 0);
}

}  // namespace
}  // namespace kiosk::assessment
