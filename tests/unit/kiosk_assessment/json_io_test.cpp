// The answers JSON (kioskctl assess score, stored results) and the result JSON.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "kiosk/assessment/json_io.h"
#include "kiosk/assessment/scoring.h"
#include "tests/unit/kiosk_assessment/test_support.h"

namespace kiosk::assessment {
namespace {

using test::fixture;

TEST(AnswersJson, ReadsEachShapeOfAnswer) {
  const auto file = parseAnswersJson(R"({
    "questionnaire": "fixture", "version": "0.1.0", "language": "en",
    "answers": { "workshop": "yes", "tools": ["web", "crm"], "ai": "dont_know",
                 "tech": { "cloud": "partly", "printing": "n_a" } } })",
                                     fixture());
  ASSERT_TRUE(file) << test::joined(file.error());
  EXPECT_EQ(file->language, "en");
  EXPECT_EQ(file->version, "0.1.0");
  EXPECT_EQ(file->answers.at("workshop"), Answer::choose("yes"));
  EXPECT_EQ(file->answers.at("tools"), Answer::chooseMany({"web", "crm"}));
  EXPECT_EQ(file->answers.at("ai"), Answer::unknown());
  EXPECT_EQ(file->answers.at("tech"), Answer::grid({{"cloud", "partly"}, {"printing", "n_a"}}));
}

TEST(AnswersJson, LanguageDefaultsToTheFirstOne) {
  const auto file = parseAnswersJson(R"({ "answers": {} })", fixture());
  ASSERT_TRUE(file);
  EXPECT_EQ(file->language, "it");
  EXPECT_TRUE(file->answers.empty());
}

TEST(AnswersJson, ReportsEveryProblem) {
  const auto file = parseAnswersJson(R"({
    "questionnaire": "other", "language": "fr", "colour": 1,
    "answers": { "nope": "x", "plan": "sometimes", "tools": ["web", "none"], "energy": "dont_know",
                 "budget": 3, "tech": { "cloud": "partly" } } })",
                                     fixture());
  ASSERT_FALSE(file);
  EXPECT_EQ(file.error(),
            (std::vector<std::string>{
                "questionnaire: expected \"fixture\"",
                "language: must be one of the questionnaire's languages",
                "unknown key 'colour'",
                "answers.nope: unknown question",
                "answers.plan: unknown option 'sometimes' (none, some, full, dont_know)",
                "answers.tools: option 'none' cannot be combined with others",
                "answers.energy: \"don't know\" is not allowed here",
                "answers.budget: must be an option id, a list of option ids or an object of row -> option id",
                "answers.tech: row 'printing' is not answered",
            }))
      << test::joined(file.error());
}

TEST(AnswersJson, InvalidJsonSaysWhere) {
  const auto file = parseAnswersJson("{ \"answers\": { \"plan\": } }", fixture());
  ASSERT_FALSE(file);
  ASSERT_EQ(file.error().size(), 1u);
  EXPECT_NE(file.error()[0].find("line 1, column 24"), std::string::npos) << file.error()[0];
}

// Found by tests/fuzz/assessment_answers_fuzz: a number too large for a double is not a
// parse_error but an out_of_range exception, which escaped and aborted kioskctl / the kiosk.
TEST(AnswersJson, NumberOutOfRangeIsAnErrorNotACrash) {
  for (const char* text : {"4e444", R"({ "answers": { "plan": 1e999 } })"}) {
    const auto file = parseAnswersJson(text, fixture());
    ASSERT_FALSE(file) << text;
    ASSERT_EQ(file.error().size(), 1u);
    EXPECT_NE(file.error()[0].find("number overflow"), std::string::npos) << file.error()[0];
  }
}

TEST(AnswersJson, WrittenAnswersReadBackTheSame) {
  const AnswerSheet answers = {{"workshop", Answer::choose("no")},
                               {"tools", Answer::chooseMany({"erp", "web"})},
                               {"tech", Answer::grid({{"cloud", "dont_know"}, {"printing", "n_a"}})},
                               {"ai", Answer::unknown()}};
  const std::string json = answersToJson(fixture(), answers, "en");
  const auto file = parseAnswersJson(json, fixture());
  ASSERT_TRUE(file) << json;
  EXPECT_EQ(file->answers, answers);
  EXPECT_EQ(file->language, "en");
  EXPECT_LT(json.find("workshop"), json.find("tools")) << "answers are written in questionnaire order";
}

TEST(ResultJson, HasScoresLevelRecommendationsAndCode) {
  const AnswerSheet answers = {{"workshop", Answer::choose("no")}, {"plan", Answer::choose("some")},
                               {"budget", Answer::choose("sa")},   {"backup", Answer::choose("none")},
                               {"ai", Answer::choose("planned")},  {"energy", Answer::choose("partly")}};
  const Result result = score(fixture(), answers);
  const auto json = nlohmann::json::parse(resultToJson(fixture(), result, "en"));
  EXPECT_EQ(json["questionnaire"], "fixture");
  EXPECT_EQ(json["language"], "en");
  ASSERT_EQ(json["dimensions"].size(), 6u);
  EXPECT_EQ(json["dimensions"][0]["id"], "strategy");
  EXPECT_EQ(json["dimensions"][0]["title"], "Strategy");
  EXPECT_DOUBLE_EQ(json["dimensions"][0]["score"].get<double>(), 83.3);  // 100 (0.5 + 2) / 3, one decimal
  EXPECT_EQ(json["dimensions"][0]["shown"], 83);
  EXPECT_TRUE(json["dimensions"][1]["score"].is_null());  // readiness: nothing answered
  EXPECT_TRUE(json["dimensions"][1]["band"].is_null());
  EXPECT_DOUBLE_EQ(json["overall"].get<double>(), 43.3);  // (83.3 + 0 + 40 + 50) / 4; two dimensions left out
  EXPECT_EQ(json["level"]["id"], result.level);
  EXPECT_EQ(json["recommendations"][0]["rule"], "weak_data");
  EXPECT_EQ(json["recommendations"][0]["area_title"], "Cybersecurity");
  EXPECT_EQ(json["recommendations"][0]["service_title"], "Training");
  EXPECT_TRUE(json["recommendations"][0]["demo"].is_null());
  EXPECT_EQ(json["return_code"], result.returnCode);
  EXPECT_EQ(json["unanswered"], (nlohmann::json{"tools", "tech", "training"}));
}

}  // namespace
}  // namespace kiosk::assessment
