#include "kiosk/assessment/return_code.h"

#include <algorithm>
#include <cstdint>

namespace kiosk::assessment {
namespace {

// Crockford's base 32: no I, L, O or U, so nothing reads as 1, 0 or a word.
constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kBase = 32;
constexpr std::size_t kDataChars = 9;
constexpr int kScoreBits = 7;
constexpr int kNotAvailable = 127;

int valueOf(char c) {
  const auto pos = kAlphabet.find(c);
  return pos == std::string_view::npos ? -1 : static_cast<int>(pos);
}

// Luhn mod N over the values, from the right; `doubleFirst` doubles the rightmost one. It catches
// every single wrong character and most swaps of two neighbours.
int luhnSum(std::string_view digits, bool doubleFirst) {
  int sum = 0;
  bool doubled = doubleFirst;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    int addend = valueOf(*it) * (doubled ? 2 : 1);
    addend = addend / kBase + addend % kBase;
    sum += addend;
    doubled = !doubled;
  }
  return sum;
}

// Upper case, no separators, I/L -> 1 and O -> 0; empty when a character cannot be read.
std::string normalized(std::string_view code) {
  std::string out;
  for (char c : code) {
    if (c == '-' || c == ' ') continue;
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c == 'I' || c == 'L') c = '1';
    if (c == 'O') c = '0';
    if (valueOf(c) < 0) return {};
    out += c;
  }
  return out;
}

}  // namespace

std::string_view describe(ReturnCodeError error) {
  switch (error) {
    case ReturnCodeError::Malformed:
      return "not a return code";
    case ReturnCodeError::CheckFailed:
      return "the check character does not match: a character is mistyped";
    case ReturnCodeError::DifferentGeneration:
      return "the code comes from a questionnaire that cannot be compared";
  }
  return "?";
}

char checkCharacter(std::string_view digits) {
  const int remainder = luhnSum(digits, true) % kBase;
  return kAlphabet[static_cast<std::size_t>((kBase - remainder) % kBase)];
}

std::string encodeReturnCode(int generation, const CodeScores& scores) {
  std::uint64_t bits = static_cast<std::uint64_t>(std::clamp(generation, 1, 7));
  for (const auto& score : scores) {
    bits = (bits << kScoreBits) | static_cast<std::uint64_t>(score ? std::clamp(*score, 0, 100) : kNotAvailable);
  }
  std::string digits(kDataChars, '0');
  for (std::size_t i = kDataChars; i-- > 0;) {
    digits[i] = kAlphabet[bits % kBase];
    bits /= kBase;
  }
  const std::string code = digits + checkCharacter(digits);
  return code.substr(0, 5) + "-" + code.substr(5);
}

tl::expected<DecodedReturnCode, ReturnCodeError> decodeReturnCode(std::string_view code) {
  const std::string chars = normalized(code);
  if (chars.size() != kDataChars + 1) return tl::unexpected(ReturnCodeError::Malformed);
  if (luhnSum(chars, false) % kBase != 0) return tl::unexpected(ReturnCodeError::CheckFailed);
  std::uint64_t bits = 0;
  for (std::size_t i = 0; i < kDataChars; ++i) bits = bits * kBase + static_cast<std::uint64_t>(valueOf(chars[i]));

  DecodedReturnCode decoded;
  for (std::size_t d = kCodeDimensions; d-- > 0;) {
    const int value = static_cast<int>(bits & ((1u << kScoreBits) - 1));
    bits >>= kScoreBits;
    if (value == kNotAvailable) continue;
    if (value > 100) return tl::unexpected(ReturnCodeError::Malformed);
    decoded.scores[d] = value;
  }
  decoded.generation = static_cast<int>(bits);
  if (decoded.generation < 1 || decoded.generation > 7) return tl::unexpected(ReturnCodeError::Malformed);
  return decoded;
}

std::string returnCodeFor(const Content& content, const Result& result) {
  if (result.dimensions.size() != kCodeDimensions) return {};
  CodeScores scores;
  for (std::size_t d = 0; d < kCodeDimensions; ++d) {
    if (result.dimensions[d].score) scores[d] = rounded(*result.dimensions[d].score);
  }
  return encodeReturnCode(content.returnCodeGeneration, scores);
}

}  // namespace kiosk::assessment
