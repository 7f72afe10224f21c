// The return code: the six rounded dimension scores and the questionnaire's generation in ten
// Crockford base-32 characters, the last a Luhn mod 32 check character, shown as "ABCDE-FGHJK".
// A visitor types it (or scans it) on a later visit to compare results. No personal data.
//
// Layout of the 45 bits behind the first nine characters, most significant first:
//   generation (3 bits, 1-7) | D1 (7 bits) | ... | D6 (7 bits); a score is 0-100, 127 = n/a.
// Reading is forgiving: lower case, spaces and '-' are accepted, I and L read as 1, O as 0.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include <tl/expected.hpp>

#include "kiosk/assessment/content.h"
#include "kiosk/assessment/scoring.h"

namespace kiosk::assessment {

inline constexpr std::size_t kCodeDimensions = 6;
using CodeScores = std::array<std::optional<int>, kCodeDimensions>;

struct DecodedReturnCode {
  int generation = 0;
  CodeScores scores;  // rounded dimension scores, in content order
};

enum class ReturnCodeError {
  Malformed,            // wrong length, a character outside the alphabet, or values out of range
  CheckFailed,          // a typo: the check character does not match
  DifferentGeneration,  // from a questionnaire whose scores are not comparable with this one
};
[[nodiscard]] std::string_view describe(ReturnCodeError error);

// generation in 1-7, scores in 0-100 (others are clamped).
[[nodiscard]] std::string encodeReturnCode(int generation, const CodeScores& scores);
[[nodiscard]] tl::expected<DecodedReturnCode, ReturnCodeError> decodeReturnCode(std::string_view code);

// The code of a result; empty when the content does not have exactly six dimensions.
[[nodiscard]] std::string returnCodeFor(const Content& content, const Result& result);

// The Luhn mod 32 check character for `digits` (Crockford characters, no separators).
[[nodiscard]] char checkCharacter(std::string_view digits);

}  // namespace kiosk::assessment
