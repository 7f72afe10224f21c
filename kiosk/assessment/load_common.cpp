#include <algorithm>

#include "kiosk/assessment/load_steps.h"

namespace kiosk::assessment::detail {

const toml::array* entries(const toml::table& root, std::string_view key, Problems& problems) {
  const toml::node* node = root.get(key);
  const toml::array* list = node ? node->as_array() : nullptr;
  if (!node) {
    problems.at(root.source(), "no [[" + std::string(key) + "]] entries");
    return nullptr;
  }
  if (!list || list->empty() ||
      !std::all_of(list->begin(), list->end(), [](const toml::node& n) { return n.is_table(); })) {
    problems.at(*node, "'" + std::string(key) + "' must be a non-empty list of tables ([[" + std::string(key) + "]])");
    return nullptr;
  }
  return list;
}

bool IdRegistry::add(Fields& fields, const std::string& id) {
  if (!isValidId(id)) {
    fields.problem("id", m_kind + " id '" + id + "' must use only a-z, 0-9 and _");
    return false;
  }
  const toml::node* node = fields.raw().get("id");
  const std::uint32_t line = node ? node->source().begin.line : fields.raw().source().begin.line;
  const auto [it, inserted] = m_lines.emplace(id, line);
  if (!inserted) {
    fields.problem("id", "duplicate " + m_kind + " id '" + id + "' (also at line " + std::to_string(it->second) + ")");
    return false;
  }
  return true;
}

namespace {

// The values an answer to `question` (or to one of its rows) can have.
std::vector<std::string> allowedValues(const Question& question, bool row) {
  std::vector<std::string> values;
  for (const Option& option : question.options) values.push_back(option.id);
  if (question.dontKnowAllowed) values.emplace_back(kDontKnow);
  if (row && question.notApplicableAllowed) values.emplace_back(kNotApplicable);
  return values;
}

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& value : values) out += (out.empty() ? "" : ", ") + value;
  return out;
}

}  // namespace

std::optional<AnswerCondition> readAnswerCondition(Fields& fields, const Content& content,
                                                   const std::map<std::string, int>& questionIndex, int before) {
  AnswerCondition condition;
  const auto question = fields.string("question", Need::Required);
  const auto row = fields.string("row", Need::Optional);
  const auto anyOf = fields.strings("any_of", Need::Optional);
  const auto noneOf = fields.strings("none_of", Need::Optional);
  if (!question) return std::nullopt;
  condition.question = *question;
  condition.row = row.value_or("");
  condition.anyOf = anyOf.value_or(std::vector<std::string>{});
  condition.noneOf = noneOf.value_or(std::vector<std::string>{});
  bool ok = true;
  if (condition.anyOf.empty() && condition.noneOf.empty() && !fields.has("any_of") && !fields.has("none_of")) {
    fields.problemAtTable("needs 'any_of' or 'none_of'");
    ok = false;
  }

  const auto index = questionIndex.find(condition.question);
  if (index == questionIndex.end()) {
    fields.problem("question", "unknown question '" + condition.question + "'");
    return std::nullopt;
  }
  if (before >= 0 && index->second >= before) {
    fields.problem("question", "'" + condition.question + "' is not an earlier question (skip logic only looks back)");
    return std::nullopt;
  }
  const Question* target = content.question(condition.question);
  // A question without options had problems of its own, already reported: nothing to check against.
  if (!target || target->options.empty()) return std::nullopt;

  if (target->type == QuestionType::Matrix && condition.row.empty()) {
    fields.problemAtTable("'row' is needed: '" + target->id + "' is a matrix question");
    return std::nullopt;
  }
  if (target->type != QuestionType::Matrix && !condition.row.empty()) {
    fields.problem("row", "'" + target->id + "' has no rows: it is not a matrix question");
    return std::nullopt;
  }
  if (!condition.row.empty() && !target->row(condition.row)) {
    fields.problem("row", "unknown row '" + condition.row + "' of question '" + target->id + "'");
    return std::nullopt;
  }
  const std::vector<std::string> allowed = allowedValues(*target, !condition.row.empty());
  for (const auto& [key, list] : {std::pair{"any_of", &condition.anyOf}, std::pair{"none_of", &condition.noneOf}}) {
    for (const std::string& value : *list) {
      if (std::find(allowed.begin(), allowed.end(), value) != allowed.end()) continue;
      fields.problem(key, "unknown option '" + value + "' of question '" + target->id + "' (" + joined(allowed) + ")");
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  return condition;
}

}  // namespace kiosk::assessment::detail

namespace kiosk::assessment::detail {

std::vector<Option> readOptions(const toml::array& list, const std::string& owner, bool scored, bool exclusiveAllowed,
                                Problems& problems, const Content& content) {
  std::vector<Option> options;
  IdRegistry ids("option");
  for (const toml::node& node : list) {
    Fields fields(*node.as_table(), owner + ", option", problems, content.languages);
    Option option;
    option.id = fields.string("id", Need::Required).value_or("");
    if (!option.id.empty()) fields.setWhat(owner + ", option '" + option.id + "'");
    if (option.id == kDontKnow || option.id == kNotApplicable) {
      fields.problem("id", "'" + option.id + "' is reserved: use dont_know = true or not_applicable = true");
    } else if (!option.id.empty()) {
      ids.add(fields, option.id);
    }
    option.text = fields.text("text", Need::Required);
    if (scored) {
      option.score = fields.number("score", Need::Required);
      if (option.score && (*option.score < 0 || *option.score > 1)) {
        fields.problem("score", "score " + numberText(*option.score) + " is outside [0, 1]");
      }
    } else if (fields.has("score")) {
      fields.problem("score", "profile questions are not scored: remove 'score'");
      fields.accept("score");
    }
    if (exclusiveAllowed) {
      option.exclusive = fields.boolean("exclusive", Need::Optional).value_or(false);
    } else if (fields.has("exclusive")) {
      fields.problem("exclusive", "'exclusive' is only for options of multi questions");
      fields.accept("exclusive");
    }
    fields.reportUnknownKeys();
    options.push_back(std::move(option));
  }
  return options;
}

}  // namespace kiosk::assessment::detail
