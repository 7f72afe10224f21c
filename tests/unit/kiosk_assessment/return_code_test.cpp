// Return codes: round trip, format, the check character catching typos, forgiving reading.
#include <random>

#include <gtest/gtest.h>

#include "kiosk/assessment/return_code.h"
#include "kiosk/assessment/scoring.h"
#include "tests/unit/kiosk_assessment/test_support.h"

namespace kiosk::assessment {
namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

std::vector<std::pair<int, CodeScores>> sampleCodes() {
  std::vector<std::pair<int, CodeScores>> samples = {
      {1, {0, 0, 0, 0, 0, 0}},
      {7, {100, 100, 100, 100, 100, 100}},
      {1, {std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt}},
      {1, {36, 50, 44, 17, 27, 50}}};
  std::mt19937 random(4);                             // fixed seed: the same codes on every run
  std::uniform_int_distribution<int> score(-5, 100);  // < 0: n/a
  std::uniform_int_distribution<int> generation(1, 7);
  for (int i = 0; i < 200; ++i) {
    CodeScores scores;
    for (auto& s : scores) {
      const int value = score(random);
      if (value >= 0) s = value;
    }
    samples.emplace_back(generation(random), scores);
  }
  return samples;
}

TEST(ReturnCode, RoundTripsGenerationAndScores) {
  for (const auto& [generation, scores] : sampleCodes()) {
    const std::string code = encodeReturnCode(generation, scores);
    const auto decoded = decodeReturnCode(code);
    ASSERT_TRUE(decoded) << code << ": " << describe(decoded.error());
    EXPECT_EQ(decoded->generation, generation) << code;
    EXPECT_EQ(decoded->scores, scores) << code;
  }
}

TEST(ReturnCode, IsTenCrockfordCharactersInTwoGroups) {
  for (const auto& [generation, scores] : sampleCodes()) {
    const std::string code = encodeReturnCode(generation, scores);
    ASSERT_EQ(code.size(), 11u) << code;
    EXPECT_EQ(code[5], '-') << code;
    for (std::size_t i = 0; i < code.size(); ++i) {
      if (i == 5) continue;
      EXPECT_NE(kAlphabet.find(code[i]), std::string_view::npos) << code;
    }
  }
  EXPECT_EQ(encodeReturnCode(1, {36, 50, 44, 17, 27, 50}), "54CJR-8KDJP");
}

TEST(ReturnCode, EverySingleMistypedCharacterIsCaught) {
  int tried = 0;
  for (const auto& [generation, scores] : sampleCodes()) {
    const std::string code = encodeReturnCode(generation, scores);
    for (std::size_t i = 0; i < code.size(); ++i) {
      if (i == 5) continue;
      for (char c : kAlphabet) {
        if (c == code[i]) continue;
        std::string typo = code;
        typo[i] = c;
        EXPECT_FALSE(decodeReturnCode(typo)) << code << " -> " << typo;
        ++tried;
      }
    }
  }
  EXPECT_GT(tried, 60000);
}

TEST(ReturnCode, SwappedNeighboursAreCaughtExceptZeroAndZ) {
  // Luhn mod 32 misses only a swap of 0 and Z (values 0 and 31), as decimal Luhn misses 09/90.
  for (const auto& [generation, scores] : sampleCodes()) {
    std::string code = encodeReturnCode(generation, scores);
    code.erase(5, 1);
    for (std::size_t i = 0; i + 1 < code.size(); ++i) {
      const char a = code[i];
      const char b = code[i + 1];
      if (a == b || (a == '0' && b == 'Z') || (a == 'Z' && b == '0')) continue;
      std::string swapped = code;
      std::swap(swapped[i], swapped[i + 1]);
      const auto decoded = decodeReturnCode(swapped);
      EXPECT_FALSE(decoded) << code << " -> " << swapped;
    }
  }
}

TEST(ReturnCode, ATypoIsReportedAsSuch) {
  const auto decoded = decodeReturnCode("54CJR-8KDJQ");  // last character changed
  ASSERT_FALSE(decoded);
  EXPECT_EQ(decoded.error(), ReturnCodeError::CheckFailed);
}

TEST(ReturnCode, ReadingIsForgiving) {
  const auto expected = decodeReturnCode("54CJR-8KDJP");
  ASSERT_TRUE(expected);
  for (const char* typed : {"54cjr-8kdjp", "54CJR8KDJP", " 54CJR 8KDJP ", "54cjr8kdjp"}) {
    const auto decoded = decodeReturnCode(typed);
    ASSERT_TRUE(decoded) << typed;
    EXPECT_EQ(decoded->scores, expected->scores) << typed;
  }
  // O, I and L are read as 0, 1 and 1, as Crockford's base 32 intends.
  const std::string withZeroAndOne = encodeReturnCode(1, {0, 1, 0, 1, 0, 1});
  std::string lookalikes = withZeroAndOne;
  for (char& c : lookalikes) c = c == '0' ? 'O' : c == '1' ? 'l' : c;
  ASSERT_NE(lookalikes, withZeroAndOne);
  EXPECT_TRUE(decodeReturnCode(lookalikes)) << lookalikes;
}

TEST(ReturnCode, MalformedCodesAreRefused) {
  for (const char* bad : {"", "54CJR-8KDJ", "54CJR-8KDJPP", "54CJR-8KDJU", "54CJR-8KD*P"}) {
    const auto decoded = decodeReturnCode(bad);
    ASSERT_FALSE(decoded) << bad;
    EXPECT_EQ(decoded.error(), ReturnCodeError::Malformed) << bad;
  }
  // A well-checked code whose values are out of range: generation 0, or a score of 101.
  std::string digits = "000000000";
  EXPECT_EQ(decodeReturnCode(digits + checkCharacter(digits)).error(), ReturnCodeError::Malformed);
  digits = "750000000";  // 1 << 42 | 101 << 35: generation 1, first score 101
  EXPECT_EQ(decodeReturnCode(digits + checkCharacter(digits)).error(), ReturnCodeError::Malformed);
}

TEST(ReturnCode, OfAResultUsesTheRoundedScoresAndTheGeneration) {
  Result result;
  result.dimensions.resize(6);
  result.dimensions[0].score = 35.5;
  result.dimensions[1].score = 99.4;
  const auto decoded = decodeReturnCode(returnCodeFor(test::fixture(), result));
  ASSERT_TRUE(decoded);
  EXPECT_EQ(decoded->generation, 2);  // return_code_generation of the fixture
  EXPECT_EQ(decoded->scores, (CodeScores{36, 99, std::nullopt, std::nullopt, std::nullopt, std::nullopt}));
}

}  // namespace
}  // namespace kiosk::assessment
