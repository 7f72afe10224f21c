// What the visitor takes home (the QR text) and brings back (comparison through the return code).
#include <gtest/gtest.h>

#include "kiosk/assessment/scoring.h"
#include "kiosk/assessment/take_home.h"
#include "tests/unit/kiosk_assessment/test_support.h"

namespace kiosk::assessment {
namespace {

using test::fixture;

Result resultWith(std::vector<std::optional<double>> scores) {
  Result result;
  double sum = 0;
  int count = 0;
  for (std::size_t d = 0; d < scores.size(); ++d) {
    DimensionResult dimension;
    dimension.id = fixture().dimensions[d].id;
    dimension.score = scores[d];
    if (scores[d]) {
      sum += *scores[d];
      ++count;
    }
    result.dimensions.push_back(dimension);
  }
  if (count > 0) {
    result.overall = sum / count;
    result.level = fixture().levelFor(rounded(*result.overall))->id;
  }
  result.returnCode = returnCodeFor(fixture(), result);
  return result;
}

TEST(QrSummary, CompactTextInEachLanguage) {
  const Result result = resultWith({40, 50, 60, 70, 80, 90.4});
  EXPECT_EQ(qrSummary(fixture(), result, "it", "https://pid.example.it"),
            "Livello: Intermedio (65/100)\nStr 40, Pro 50, Per 60, Dat 70, Aut 80, Sos 90\nCodice: " +
                result.returnCode + "\nhttps://pid.example.it");
  EXPECT_EQ(qrSummary(fixture(), result, "en", "https://pid.example.it"),
            "Level: Intermediate (65/100)\nStr 40, Rea 50, Peo 60, Dat 70, Aut 80, Gre 90\nCode: " + result.returnCode +
                "\nhttps://pid.example.it");
}

TEST(QrSummary, MissingScoresShowNotAvailableAndNoUrlDropsItsLine) {
  const Result result = resultWith({40, std::nullopt, 60, 70, 80, 90});
  const std::string text = qrSummary(fixture(), result, "en", "");
  EXPECT_NE(text.find("Rea n/a,"), std::string::npos) << text;
  EXPECT_EQ(text.back(), result.returnCode.back()) << "no empty url line at the end:\n" << text;
}

TEST(Comparison, DeltasAgainstAnEarlierCode) {
  const Result before = resultWith({20, 30, 40, 50, 60, std::nullopt});
  const Result now = resultWith({30, 30, 35, 50, 70, 80});
  const auto comparison = compareWithCode(fixture(), now, before.returnCode);
  ASSERT_TRUE(comparison) << describe(comparison.error());
  ASSERT_EQ(comparison->dimensions.size(), 6u);
  EXPECT_EQ(comparison->dimensions[0].id, "strategy");
  EXPECT_EQ(comparison->dimensions[0].before, 20);
  EXPECT_EQ(comparison->dimensions[0].now, 30);
  EXPECT_EQ(comparison->dimensions[0].delta(), 10);
  EXPECT_EQ(comparison->dimensions[2].delta(), -5);
  EXPECT_EQ(comparison->dimensions[5].before, std::nullopt);
  EXPECT_EQ(comparison->dimensions[5].delta(), std::nullopt);
  EXPECT_EQ(comparison->overallBefore, 40);  // (20 + 30 + 40 + 50 + 60) / 5
  EXPECT_EQ(comparison->overallNow, 49);     // 295 / 6 = 49.2
  EXPECT_EQ(comparison->delta(), 9);
}

TEST(Comparison, RefusesTyposAndOtherGenerations) {
  const Result now = resultWith({30, 30, 35, 50, 70, 80});
  std::string typo = now.returnCode;
  typo[0] = typo[0] == 'A' ? 'B' : 'A';
  EXPECT_EQ(compareWithCode(fixture(), now, typo).error(), ReturnCodeError::CheckFailed);
  const std::string otherGeneration = encodeReturnCode(1, {30, 30, 35, 50, 70, 80});  // the fixture is generation 2
  EXPECT_EQ(compareWithCode(fixture(), now, otherGeneration).error(), ReturnCodeError::DifferentGeneration);
  EXPECT_EQ(compareWithCode(fixture(), now, "hello").error(), ReturnCodeError::Malformed);
}

}  // namespace
}  // namespace kiosk::assessment
