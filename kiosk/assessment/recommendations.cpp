#include "kiosk/assessment/recommendations.h"

#include <algorithm>
#include <set>

#include "kiosk/assessment/skip_logic.h"

namespace kiosk::assessment {
namespace {

// Urgency of one condition when it holds (>= 1), none when it does not.
std::optional<double> conditionUrgency(const Content& content, const RuleCondition& condition,
                                       const AnswerSheet& answers, const Result& scores) {
  switch (condition.kind) {
    case RuleCondition::Kind::Answer:
      if (holds(content, condition.answer, answers)) return 1.0;
      return std::nullopt;
    case RuleCondition::Kind::DimensionBelow: {
      const DimensionResult* dimension = scores.dimension(condition.dimension);
      if (!dimension || !dimension->score || rounded(*dimension->score) >= condition.threshold) return std::nullopt;
      return 1.0 + (condition.threshold - *dimension->score) / condition.threshold;
    }
    case RuleCondition::Kind::OverallBelow:
      if (scores.overall && rounded(*scores.overall) < condition.threshold) return 1.0;
      return std::nullopt;
    case RuleCondition::Kind::DontKnowAtLeast:
      if (scores.dontKnow >= condition.threshold) return 1.0;
      return std::nullopt;
  }
  return std::nullopt;
}

std::string demoFor(const Content& content, const Rule& rule) {
  if (!rule.demo.empty()) return rule.demo;
  for (const Demo& demo : content.demos) {
    if (std::find(demo.areas.begin(), demo.areas.end(), rule.area) != demo.areas.end()) return demo.id;
  }
  return {};
}

// Two cards for the same area (or, without an area, the same service) would say the same thing.
std::string duplicateKey(const Rule& rule) { return rule.area.empty() ? "service:" + rule.service : rule.area; }

Recommendation recommendationOf(const Content& content, const Rule& rule, double rank) {
  Recommendation recommendation;
  recommendation.rule = rule.id;
  recommendation.area = rule.area;
  recommendation.service = rule.service;
  recommendation.demo = demoFor(content, rule);
  recommendation.pinned = rule.pinned;
  recommendation.rank = rank;
  return recommendation;
}

}  // namespace

std::optional<double> ruleRank(const Content& content, const Rule& rule, const AnswerSheet& answers,
                               const Result& scores) {
  double urgency = 1.0;
  for (const RuleCondition& condition : rule.when) {
    const auto u = conditionUrgency(content, condition, answers, scores);
    if (!u) return std::nullopt;
    urgency = std::max(urgency, *u);
  }
  return rule.priority * urgency;
}

std::vector<Recommendation> recommend(const Content& content, const AnswerSheet& answers, const Result& scores) {
  struct Fired {
    const Rule* rule;
    double rank;
    std::size_t order;
  };
  std::vector<Fired> ranked;
  for (std::size_t i = 0; i < content.rules.size(); ++i) {
    const Rule& rule = content.rules[i];
    if (rule.pinned) continue;
    if (const auto rank = ruleRank(content, rule, answers, scores)) ranked.push_back({&rule, *rank, i});
  }
  std::sort(ranked.begin(), ranked.end(),
            [](const Fired& a, const Fired& b) { return a.rank != b.rank ? a.rank > b.rank : a.order < b.order; });

  std::vector<Recommendation> out;
  std::set<std::string> seen;
  for (const Fired& fired : ranked) {
    if (static_cast<int>(out.size()) >= content.maxRanked) break;
    if (!seen.insert(duplicateKey(*fired.rule)).second) continue;
    out.push_back(recommendationOf(content, *fired.rule, fired.rank));
  }
  for (const Rule& rule : content.rules) {
    if (!rule.pinned || !ruleRank(content, rule, answers, scores)) continue;
    if (!seen.insert(duplicateKey(rule)).second) continue;
    out.push_back(recommendationOf(content, rule, 0.0));
  }
  return out;
}

}  // namespace kiosk::assessment
