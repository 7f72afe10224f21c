// recommendations.toml: max_ranked, the kiosk's demos and the rules.
#include <algorithm>

#include "kiosk/assessment/load_steps.h"

namespace kiosk::assessment::detail {
namespace {

constexpr std::string_view kConditionKinds = "question, dimension, overall_below or dont_know_at_least";

std::optional<double> readThreshold(Fields& fields, std::string_view key, double max) {
  const auto value = fields.number(key, Need::Required);
  if (value && (*value <= 0 || *value > max)) {
    fields.problem(key, "'" + std::string(key) + "' must be greater than 0 and at most " + numberText(max));
    return std::nullopt;
  }
  return value;
}

std::optional<RuleCondition> readCondition(Fields& fields, const Content& content,
                                           const std::map<std::string, int>& questionIndex) {
  const int kinds = static_cast<int>(fields.has("question")) + static_cast<int>(fields.has("dimension")) +
                    static_cast<int>(fields.has("overall_below")) + static_cast<int>(fields.has("dont_know_at_least"));
  if (kinds != 1) {
    fields.problemAtTable("a condition needs exactly one of " + std::string(kConditionKinds));
    for (const char* key :
         {"question", "row", "any_of", "none_of", "dimension", "below", "overall_below", "dont_know_at_least"})
      fields.accept(key);
    return std::nullopt;
  }
  RuleCondition condition;
  if (fields.has("question")) {
    condition.kind = RuleCondition::Kind::Answer;
    const auto answer = readAnswerCondition(fields, content, questionIndex, -1);
    if (!answer) return std::nullopt;
    condition.answer = *answer;
  } else if (fields.has("dimension")) {
    condition.kind = RuleCondition::Kind::DimensionBelow;
    condition.dimension = fields.string("dimension", Need::Required).value_or("");
    const auto below = readThreshold(fields, "below", 100);
    if (!condition.dimension.empty() && !content.dimension(condition.dimension)) {
      fields.problem("dimension", "unknown dimension '" + condition.dimension + "' (dimensions.toml)");
      return std::nullopt;
    }
    if (!below) return std::nullopt;
    condition.threshold = *below;
  } else if (fields.has("overall_below")) {
    condition.kind = RuleCondition::Kind::OverallBelow;
    const auto below = readThreshold(fields, "overall_below", 100);
    if (!below) return std::nullopt;
    condition.threshold = *below;
  } else {
    condition.kind = RuleCondition::Kind::DontKnowAtLeast;
    const auto count = fields.integer("dont_know_at_least", Need::Required);
    if (count && *count < 1) fields.problem("dont_know_at_least", "'dont_know_at_least' must be at least 1");
    if (!count || *count < 1) return std::nullopt;
    condition.threshold = static_cast<double>(*count);
  }
  return condition;
}

void loadDemos(const toml::table& root, Problems& problems, Content& content) {
  const toml::array* list = entries(root, "demo", problems);
  if (!list) return;
  IdRegistry ids("demo");
  for (const toml::node& node : *list) {
    Fields fields(*node.as_table(), "demo", problems, content.languages);
    Demo demo;
    demo.id = fields.string("id", Need::Required).value_or("");
    if (!demo.id.empty()) {
      fields.setWhat("demo '" + demo.id + "'");
      ids.add(fields, demo.id);
    }
    demo.areas = fields.strings("areas", Need::Required).value_or(std::vector<std::string>{});
    for (const std::string& area : demo.areas) {
      if (!content.area(area)) fields.problem("areas", "unknown technology area '" + area + "'");
    }
    fields.reportUnknownKeys();
    content.demos.push_back(std::move(demo));
  }
}

Rule readRule(Fields& fields, Problems& problems, const Content& content,
              const std::map<std::string, int>& questionIndex, IdRegistry& ids) {
  Rule rule;
  rule.id = fields.string("id", Need::Required).value_or("");
  if (!rule.id.empty()) {
    fields.setWhat("rule '" + rule.id + "'");
    ids.add(fields, rule.id);
  }
  rule.pinned = fields.boolean("pinned", Need::Optional).value_or(false);
  rule.priority = fields.number("priority", Need::Optional).value_or(1.0);
  if (rule.priority <= 0) fields.problem("priority", "priority must be greater than 0");
  rule.area = fields.string("area", Need::Optional).value_or("");
  rule.service = fields.string("service", Need::Optional).value_or("");
  rule.demo = fields.string("demo", Need::Optional).value_or("");
  if (!rule.area.empty() && !content.area(rule.area))
    fields.problem("area", "unknown technology area '" + rule.area + "'");
  if (!rule.service.empty() && !content.service(rule.service))
    fields.problem("service", "unknown service '" + rule.service + "' (services.toml)");
  const bool demoKnown =
      std::any_of(content.demos.begin(), content.demos.end(), [&](const Demo& demo) { return demo.id == rule.demo; });
  if (!rule.demo.empty() && !demoKnown) fields.problem("demo", "unknown demo '" + rule.demo + "'");
  if (rule.area.empty() && rule.service.empty() && !fields.has("area") && !fields.has("service"))
    fields.problemAtTable("a rule needs an 'area', a 'service' or both");
  rule.title = fields.text("title", Need::Required);
  rule.text = fields.text("text", Need::Required);

  const toml::array* when = fields.tables("when", rule.pinned ? Need::Optional : Need::Required);
  if (when) {
    if (when->empty() && !rule.pinned) fields.problem("when", "a rule that is not pinned needs at least one condition");
    for (const toml::node& node : *when) {
      Fields conditionFields(*node.as_table(), fields.what() + ", when", problems, content.languages);
      if (auto condition = readCondition(conditionFields, content, questionIndex)) rule.when.push_back(*condition);
      conditionFields.reportUnknownKeys();
    }
  }
  return rule;
}

}  // namespace

void loadRecommendations(const toml::table& root, Problems& problems, Content& content) {
  Fields file(root, "recommendations", problems, content.languages);
  if (const auto max = file.integer("max_ranked", Need::Required)) {
    if (*max < 1 || *max > 20) file.problem("max_ranked", "'max_ranked' must be within 1-20");
    content.maxRanked = static_cast<int>(std::clamp<std::int64_t>(*max, 1, 20));
  }
  file.accept("demo");
  file.accept("rule");
  file.reportUnknownKeys();
  loadDemos(root, problems, content);

  std::map<std::string, int> questionIndex;
  for (std::size_t i = 0; i < content.questions.size(); ++i)
    questionIndex.emplace(content.questions[i].id, static_cast<int>(i));
  const toml::array* list = entries(root, "rule", problems);
  if (!list) return;
  IdRegistry ids("rule");
  for (const toml::node& node : *list) {
    Fields fields(*node.as_table(), "rule", problems, content.languages);
    content.rules.push_back(readRule(fields, problems, content, questionIndex, ids));
    fields.reportUnknownKeys();
  }
}

}  // namespace kiosk::assessment::detail
