// The [[question]] list of questionnaire.toml.
#include <algorithm>
#include <numeric>

#include "kiosk/assessment/load_steps.h"

namespace kiosk::assessment::detail {
namespace {

constexpr std::string_view kTypeList = "single, multi, likert5, adoption, tristate, matrix";

std::optional<QuestionType> typeNamed(std::string_view name) {
  for (QuestionType type : {QuestionType::Single, QuestionType::Multi, QuestionType::Likert5, QuestionType::Adoption,
                            QuestionType::Tristate, QuestionType::Matrix}) {
    if (toString(type) == name) return type;
  }
  return std::nullopt;
}

bool usesOwnOptions(QuestionType type) { return type == QuestionType::Single || type == QuestionType::Multi; }

// likert5 / adoption / tristate take the scale of the same name; a matrix names its scale.
void readScaleOptions(Fields& fields, Question& question, const std::vector<Scale>& scales) {
  std::string scaleId(toString(question.type));
  std::string_view key = "type";
  if (question.type == QuestionType::Matrix) {
    scaleId = fields.string("scale", Need::Optional).value_or("adoption");
    key = fields.has("scale") ? "scale" : "type";
  }
  const auto scale = std::find_if(scales.begin(), scales.end(), [&](const Scale& s) { return s.id == scaleId; });
  if (scale == scales.end()) {
    fields.problem(key, "unknown scale '" + scaleId + "' (scales.toml)");
    return;
  }
  question.options = scale->options;
  const std::size_t expected = question.type == QuestionType::Likert5    ? 5
                               : question.type == QuestionType::Tristate ? 3
                                                                         : 0;
  if (expected != 0 && question.options.size() != expected) {
    fields.problem(key, "scale '" + scaleId + "' must have " + std::to_string(expected) + " options for type '" +
                            std::string(toString(question.type)) + "'");
  }
}

void readRows(Fields& fields, Problems& problems, const Content& content, Question& question) {
  const toml::array* list = fields.tables("rows", Need::Required);
  if (!list) return;
  if (list->empty()) fields.problem("rows", "a matrix question needs at least one row");
  IdRegistry ids("row");
  for (const toml::node& node : *list) {
    Fields rowFields(*node.as_table(), fields.what() + ", row", problems, content.languages);
    Row row;
    row.id = rowFields.string("id", Need::Required).value_or("");
    if (!row.id.empty()) {
      rowFields.setWhat(fields.what() + ", row '" + row.id + "'");
      ids.add(rowFields, row.id);
    }
    row.text = rowFields.text("text", Need::Required);
    row.area = rowFields.string("area", Need::Optional).value_or("");
    if (!row.area.empty() && !content.area(row.area))
      rowFields.problem("area", "unknown technology area '" + row.area + "'");
    rowFields.reportUnknownKeys();
    question.rows.push_back(std::move(row));
  }
}

// Keys that only some types have: reported, instead of silently ignored, on the others.
void rejectUnless(Fields& fields, bool allowed, std::string_view key, std::string_view why) {
  if (allowed || !fields.has(key)) return;
  fields.problem(key, "'" + std::string(key) + "' " + std::string(why));
  fields.accept(key);
}

void readMultiFullScore(Fields& fields, Question& question) {
  question.fullScore = fields.number("full_score", Need::Optional);
  if (!question.fullScore) return;
  const double total = std::accumulate(question.options.begin(), question.options.end(), 0.0,
                                       [](double sum, const Option& o) { return sum + o.score.value_or(0); });
  if (*question.fullScore <= 0 || *question.fullScore > total)
    fields.problem("full_score", "full_score " + numberText(*question.fullScore) +
                                     " must be greater than 0 and at most the sum of the option scores (" +
                                     numberText(total) + ")");
}

Question readQuestion(Fields& fields, Problems& problems, Content& content, const std::vector<Scale>& scales,
                      const std::map<std::string, int>& index, int position, IdRegistry& ids) {
  Question question;
  question.id = fields.string("id", Need::Required).value_or("");
  if (!question.id.empty()) {
    fields.setWhat("question '" + question.id + "'");
    ids.add(fields, question.id);
  }

  const bool profile = fields.boolean("profile", Need::Optional).value_or(false);
  const auto dimension = fields.string("dimension", Need::Optional);
  if (profile && dimension) fields.problem("dimension", "a profile question has no dimension");
  if (!profile && !fields.has("dimension")) fields.problemAtTable("missing key 'dimension' (or profile = true)");
  if (!profile && dimension) {
    if (content.dimension(*dimension)) {
      question.dimension = *dimension;
    } else {
      fields.problem("dimension", "unknown dimension '" + *dimension + "' (dimensions.toml)");
    }
  }

  const auto typeName = fields.string("type", Need::Required);
  const auto type = typeName ? typeNamed(*typeName) : std::nullopt;
  if (typeName && !type) fields.problem("type", "unknown type '" + *typeName + "' (" + std::string(kTypeList) + ")");
  question.type = type.value_or(QuestionType::Single);
  if (profile && type && !usesOwnOptions(*type)) fields.problem("type", "a profile question must be single or multi");

  rejectUnless(fields, !profile, "weight", "is not allowed: profile questions are not scored");
  question.weight = fields.number("weight", Need::Optional).value_or(1.0);
  if (question.weight <= 0) fields.problem("weight", "weight must be greater than 0");

  question.text = fields.text("text", Need::Required);
  question.help = fields.text("help", Need::Optional);
  question.dontKnowAllowed = fields.boolean("dont_know", Need::Optional).value_or(!profile);
  const auto seconds = fields.integer("seconds", Need::Optional).value_or(content.secondsPerQuestion);
  if (seconds < 1 || seconds > 600) fields.problem("seconds", "'seconds' must be within 1-600");
  question.seconds = static_cast<int>(std::clamp<std::int64_t>(seconds, 1, 600));

  if (!type) {
    // Without a type the rest cannot be checked; accept its keys to avoid a cascade of messages.
    for (const char* key : {"options", "rows", "scale", "not_applicable", "full_score", "show_if"}) fields.accept(key);
    return question;
  }
  const QuestionType kind = question.type;
  const bool matrix = kind == QuestionType::Matrix;
  rejectUnless(fields, usesOwnOptions(kind), "options", "is not allowed: the options come from the scale");
  rejectUnless(fields, matrix, "rows", "is only for matrix questions");
  rejectUnless(fields, matrix, "scale", "is only for matrix questions (the others take the scale of their type)");
  rejectUnless(fields, matrix, "not_applicable", "is only for matrix questions");
  rejectUnless(fields, kind == QuestionType::Multi, "full_score", "is only for multi questions");

  if (usesOwnOptions(kind)) {
    if (const toml::array* options = fields.tables("options", Need::Required)) {
      question.options = readOptions(*options, fields.what(), !profile, kind == QuestionType::Multi, problems, content);
      if (question.options.size() < 2) fields.problem("options", "a question needs at least 2 options");
    }
  } else {
    readScaleOptions(fields, question, scales);
  }
  if (matrix) {
    readRows(fields, problems, content, question);
    question.notApplicableAllowed = fields.boolean("not_applicable", Need::Optional).value_or(false);
  }
  if (kind == QuestionType::Multi) readMultiFullScore(fields, question);

  if (const toml::table* showIf = fields.table("show_if", Need::Optional)) {
    Fields condition(*showIf, fields.what() + ", show_if", problems, content.languages);
    question.showIf = readAnswerCondition(condition, content, index, position);
    condition.reportUnknownKeys();
  }
  return question;
}

}  // namespace

void loadQuestions(const toml::table& root, Problems& problems, Content& content, const std::vector<Scale>& scales) {
  const toml::array* list = entries(root, "question", problems);
  if (!list) return;
  // Every id first, so show_if can tell "later question" from "no such question".
  std::map<std::string, int> index;
  for (std::size_t i = 0; i < list->size(); ++i) {
    if (const auto id = (*list)[i].as_table()->get("id"); id && id->is_string())
      index.emplace(*id->value<std::string>(), static_cast<int>(i));
  }
  IdRegistry ids("question");
  int position = 0;
  for (const toml::node& node : *list) {
    Fields fields(*node.as_table(), "question", problems, content.languages);
    content.questions.push_back(readQuestion(fields, problems, content, scales, index, position++, ids));
    fields.reportUnknownKeys();
  }
  if (std::none_of(content.questions.begin(), content.questions.end(),
                   [](const Question& q) { return !q.isProfile(); }))
    problems.at(list->back(), "no scored question (every question is a profile question)");
}

}  // namespace kiosk::assessment::detail
