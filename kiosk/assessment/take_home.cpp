#include "kiosk/assessment/take_home.h"

#include <sstream>

namespace kiosk::assessment {
namespace {

void replaceAll(std::string& text, std::string_view placeholder, const std::string& value) {
  for (std::size_t at = text.find(placeholder); at != std::string::npos;
       at = text.find(placeholder, at + value.size())) {
    text.replace(at, placeholder.size(), value);
  }
}

std::string withoutEmptyLines(const std::string& text) {
  std::istringstream in(text);
  std::string line;
  std::string out;
  while (std::getline(in, line)) {
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    out += (out.empty() ? "" : "\n") + line;
  }
  return out;
}

std::optional<int> weightedMean(const Content& content, const CodeScores& scores) {
  double weighted = 0;
  double weights = 0;
  for (std::size_t d = 0; d < kCodeDimensions && d < content.dimensions.size(); ++d) {
    if (!scores[d]) continue;
    weighted += content.dimensions[d].weight * *scores[d];
    weights += content.dimensions[d].weight;
  }
  if (weights <= 0) return std::nullopt;
  return rounded(weighted / weights);
}

}  // namespace

std::string qrSummary(const Content& content, const Result& result, std::string_view language,
                      std::string_view chamberUrl) {
  const std::string notAvailable = localized(content.labels.notAvailable, language);
  std::string scores;
  for (std::size_t d = 0; d < content.dimensions.size() && d < result.dimensions.size(); ++d) {
    const auto& score = result.dimensions[d].score;
    scores += (scores.empty() ? "" : ", ") + localized(content.dimensions[d].shortTitle, language) + " " +
              (score ? std::to_string(rounded(*score)) : notAvailable);
  }
  const Level* level = content.level(result.level);
  std::string text = localized(content.summaryTemplate, language);
  replaceAll(text, "{level}", level ? localized(level->title, language) : notAvailable);
  replaceAll(text, "{overall}", result.overall ? std::to_string(rounded(*result.overall)) : notAvailable);
  replaceAll(text, "{scores}", scores);
  replaceAll(text, "{code}", result.returnCode);
  replaceAll(text, "{url}", std::string(chamberUrl));
  return withoutEmptyLines(text);
}

std::optional<int> DimensionChange::delta() const {
  if (!before || !now) return std::nullopt;
  return *now - *before;
}

std::optional<int> Comparison::delta() const {
  if (!overallBefore || !overallNow) return std::nullopt;
  return *overallNow - *overallBefore;
}

tl::expected<Comparison, ReturnCodeError> compareWithCode(const Content& content, const Result& now,
                                                          std::string_view earlierCode) {
  const auto earlier = decodeReturnCode(earlierCode);
  if (!earlier) return tl::unexpected(earlier.error());
  if (earlier->generation != content.returnCodeGeneration) return tl::unexpected(ReturnCodeError::DifferentGeneration);

  CodeScores nowScores;
  Comparison comparison;
  for (std::size_t d = 0; d < kCodeDimensions && d < content.dimensions.size(); ++d) {
    DimensionChange change;
    change.id = content.dimensions[d].id;
    change.before = earlier->scores[d];
    if (d < now.dimensions.size() && now.dimensions[d].score) change.now = rounded(*now.dimensions[d].score);
    nowScores[d] = change.now;
    comparison.dimensions.push_back(change);
  }
  comparison.overallBefore = weightedMean(content, earlier->scores);
  comparison.overallNow = weightedMean(content, nowScores);
  return comparison;
}

}  // namespace kiosk::assessment
