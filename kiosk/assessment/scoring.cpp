#include "kiosk/assessment/scoring.h"

#include <algorithm>
#include <cmath>

#include "kiosk/assessment/recommendations.h"
#include "kiosk/assessment/return_code.h"
#include "kiosk/assessment/skip_logic.h"

namespace kiosk::assessment {
namespace {

double optionScore(const Question& question, const std::string& id) {
  const Option* option = question.option(id);
  return option && option->score ? *option->score : 0.0;
}

// Sum of the chosen options' scores against the sum that earns full marks, capped at 1.
double multiScore(const Question& question, const Answer& answer) {
  double full = 0;
  for (const Option& option : question.options) full += option.score.value_or(0);
  if (question.fullScore) full = *question.fullScore;
  if (full <= 0) return 0;
  double chosen = 0;
  for (const std::string& id : answer.options) chosen += optionScore(question, id);
  return std::min(1.0, chosen / full);
}

// Mean over the rows that apply; "don't know" rows count as content.dontKnowScore.
std::optional<double> matrixScore(const Content& content, const Question& question, const Answer& answer) {
  double sum = 0;
  int counted = 0;
  for (const auto& [row, value] : answer.rows) {
    if (value == kNotApplicable) continue;
    sum += value == kDontKnow ? content.dontKnowScore : optionScore(question, value);
    ++counted;
  }
  if (counted == 0) return std::nullopt;
  return sum / counted;
}

int dontKnowCount(const Answer& answer) {
  if (answer.dontKnow) return 1;
  return static_cast<int>(
      std::count_if(answer.rows.begin(), answer.rows.end(), [](const auto& row) { return row.second == kDontKnow; }));
}

}  // namespace

const DimensionResult* Result::dimension(std::string_view id) const {
  const auto it = std::find_if(dimensions.begin(), dimensions.end(), [&](const auto& d) { return d.id == id; });
  return it == dimensions.end() ? nullptr : &*it;
}

int rounded(double score) { return static_cast<int>(std::floor(score + 0.5)); }

std::optional<double> questionScore(const Content& content, const Question& question, const Answer& answer) {
  if (question.isProfile()) return std::nullopt;
  if (answer.dontKnow) return content.dontKnowScore;
  switch (question.type) {
    case QuestionType::Multi:
      return multiScore(question, answer);
    case QuestionType::Matrix:
      return matrixScore(content, question, answer);
    case QuestionType::Single:
    case QuestionType::Likert5:
    case QuestionType::Adoption:
    case QuestionType::Tristate:
      return answer.options.empty() ? 0.0 : optionScore(question, answer.options.front());
  }
  return std::nullopt;
}

Result score(const Content& content, const AnswerSheet& answers) {
  Result result;
  result.questionnaire = content.id;
  result.version = content.version;

  struct Sums {
    double weighted = 0;
    double weights = 0;
  };
  std::vector<Sums> sums(content.dimensions.size());
  for (const Dimension& dimension : content.dimensions) {
    DimensionResult entry;
    entry.id = dimension.id;
    result.dimensions.push_back(std::move(entry));
  }

  for (const Question& question : content.questions) {
    const auto answer = answers.find(question.id);
    const Visibility shown = visibility(content, question, answers);
    if (shown != Visibility::Shown) {
      if (answer != answers.end()) result.ignored.push_back(question.id);
      continue;
    }
    if (answer == answers.end()) {
      result.unanswered.push_back(question.id);
      continue;
    }
    result.dontKnow += dontKnowCount(answer->second);
    const auto s = questionScore(content, question, answer->second);
    if (!s) continue;
    const auto d = static_cast<std::size_t>(
        std::find_if(content.dimensions.begin(), content.dimensions.end(),
                     [&](const Dimension& dimension) { return dimension.id == question.dimension; }) -
        content.dimensions.begin());
    if (d >= sums.size()) continue;  // the loader rejects unknown dimensions
    sums[d].weighted += question.weight * *s;
    sums[d].weights += question.weight;
    ++result.dimensions[d].answered;
    result.dimensions[d].dontKnow += dontKnowCount(answer->second);
  }

  double overallWeighted = 0;
  double overallWeights = 0;
  for (std::size_t d = 0; d < content.dimensions.size(); ++d) {
    if (sums[d].weights <= 0) continue;
    DimensionResult& dimension = result.dimensions[d];
    dimension.score = 100.0 * sums[d].weighted / sums[d].weights;
    if (const Band* band = content.bandFor(rounded(*dimension.score))) dimension.band = band->id;
    overallWeighted += content.dimensions[d].weight * *dimension.score;
    overallWeights += content.dimensions[d].weight;
  }
  if (overallWeights > 0) {
    result.overall = overallWeighted / overallWeights;
    if (const Level* level = content.levelFor(rounded(*result.overall))) result.level = level->id;
  }

  result.recommendations = recommend(content, answers, result);
  for (const Recommendation& recommendation : result.recommendations) {
    if (!recommendation.service.empty() &&
        std::find(result.services.begin(), result.services.end(), recommendation.service) == result.services.end()) {
      result.services.push_back(recommendation.service);
    }
  }
  result.returnCode = returnCodeFor(content, result);
  return result;
}

}  // namespace kiosk::assessment
