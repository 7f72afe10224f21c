#include "kiosk/assessment/json_io.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

namespace kiosk::assessment {
namespace {

using Json = nlohmann::ordered_json;

double oneDecimal(double value) { return std::round(value * 10.0) / 10.0; }

Json orNull(const std::string& value) { return value.empty() ? Json(nullptr) : Json(value); }

std::optional<Answer> answerFrom(const Json& value) {
  if (value.is_string()) {
    const auto text = value.get<std::string>();
    return text == kDontKnow ? Answer::unknown() : Answer::choose(text);
  }
  if (value.is_array() && std::all_of(value.begin(), value.end(), [](const Json& v) { return v.is_string(); })) {
    return Answer::chooseMany(value.get<std::vector<std::string>>());
  }
  if (value.is_object() && std::all_of(value.begin(), value.end(), [](const Json& v) { return v.is_string(); })) {
    std::map<std::string, std::string, std::less<>> rows;
    for (const auto& [row, option] : value.items()) rows[row] = option.get<std::string>();
    return Answer::grid(std::move(rows));
  }
  return std::nullopt;
}

Json answerJson(const Question& question, const Answer& answer) {
  if (answer.dontKnow) return std::string(kDontKnow);
  if (question.type == QuestionType::Matrix) {
    Json rows = Json::object();
    for (const Row& row : question.rows) {
      if (const auto it = answer.rows.find(row.id); it != answer.rows.end()) rows[row.id] = it->second;
    }
    return rows;
  }
  if (question.type == QuestionType::Multi) return answer.options;
  return answer.options.empty() ? Json(nullptr) : Json(answer.options.front());
}

Json dimensionsJson(const Content& content, const Result& result, std::string_view language) {
  Json out = Json::array();
  for (const DimensionResult& d : result.dimensions) {
    const Dimension* dimension = content.dimension(d.id);
    out.push_back({{"id", d.id},
                   {"title", dimension ? localized(dimension->title, language) : d.id},
                   {"score", d.score ? Json(oneDecimal(*d.score)) : Json(nullptr)},
                   {"shown", d.score ? Json(rounded(*d.score)) : Json(nullptr)},
                   {"band", orNull(d.band)},
                   {"answered", d.answered},
                   {"dont_know", d.dontKnow}});
  }
  return out;
}

Json recommendationsJson(const Content& content, const Result& result, std::string_view language) {
  Json out = Json::array();
  for (const Recommendation& r : result.recommendations) {
    const Rule* rule = content.rule(r.rule);
    const TechnologyArea* area = content.area(r.area);
    const Service* service = content.service(r.service);
    out.push_back({{"rule", r.rule},
                   {"title", rule ? localized(rule->title, language) : r.rule},
                   {"text", rule ? localized(rule->text, language) : ""},
                   {"area", orNull(r.area)},
                   {"area_title", area ? Json(localized(area->title, language)) : Json(nullptr)},
                   {"service", orNull(r.service)},
                   {"service_title", service ? Json(localized(service->title, language)) : Json(nullptr)},
                   {"demo", orNull(r.demo)},
                   {"pinned", r.pinned},
                   {"rank", std::round(r.rank * 1000.0) / 1000.0}});
  }
  return out;
}

}  // namespace

tl::expected<AnswersFile, std::vector<std::string>> parseAnswersJson(std::string_view text, const Content& content) {
  Json json;
  try {
    json = Json::parse(text);
  } catch (const Json::exception& error) {  // parse_error, and out_of_range for a number like 4e444
    return tl::unexpected(std::vector<std::string>{error.what()});
  }
  if (!json.is_object()) return tl::unexpected(std::vector<std::string>{"the answers file must be a JSON object"});

  std::vector<std::string> errors;
  AnswersFile file;
  file.language = content.languages.empty() ? "" : content.languages.front();
  for (const auto& [key, value] : json.items()) {
    if (key == "questionnaire") {
      if (!value.is_string() || value.get<std::string>() != content.id)
        errors.push_back("questionnaire: expected \"" + content.id + "\"");
    } else if (key == "version") {
      if (value.is_string())
        file.version = value.get<std::string>();
      else
        errors.push_back("version: must be a string");
    } else if (key == "language") {
      const bool known = value.is_string() && std::find(content.languages.begin(), content.languages.end(),
                                                        value.get<std::string>()) != content.languages.end();
      if (known)
        file.language = value.get<std::string>();
      else
        errors.push_back("language: must be one of the questionnaire's languages");
    } else if (key != "answers") {
      errors.push_back("unknown key '" + key + "'");
    }
  }
  const auto answers = json.find("answers");
  if (answers == json.end() || !answers->is_object()) {
    errors.push_back("answers: missing, or not an object of question id -> answer");
    return tl::unexpected(std::move(errors));
  }
  for (const auto& [id, value] : answers->items()) {
    const std::string where = "answers." + id + ": ";
    const Question* question = content.question(id);
    if (!question) {
      errors.push_back(where + "unknown question");
      continue;
    }
    const auto answer = answerFrom(value);
    if (!answer) {
      errors.push_back(where + "must be an option id, a list of option ids or an object of row -> option id");
      continue;
    }
    if (auto ok = checkAnswer(*question, *answer); !ok) {
      errors.push_back(where + ok.error());
      continue;
    }
    file.answers[id] = *answer;
  }
  if (!errors.empty()) return tl::unexpected(std::move(errors));
  return file;
}

std::string answersToJson(const Content& content, const AnswerSheet& answers, std::string_view language) {
  Json sheet = Json::object();
  for (const Question& question : content.questions) {  // questionnaire order, not alphabetical
    if (const auto it = answers.find(question.id); it != answers.end())
      sheet[question.id] = answerJson(question, it->second);
  }
  const Json out = {{"questionnaire", content.id},
                    {"version", content.version},
                    {"language", std::string(language)},
                    {"answers", sheet}};
  return out.dump(2);
}

std::string resultToJson(const Content& content, const Result& result, std::string_view language) {
  const Level* level = content.level(result.level);
  Json levelJson = nullptr;
  if (level) {
    levelJson = {{"id", level->id},
                 {"title", localized(level->title, language)},
                 {"sentence", localized(level->sentence, language)}};
  }
  const Json out = {{"questionnaire", result.questionnaire},
                    {"version", result.version},
                    {"language", std::string(language)},
                    {"dimensions", dimensionsJson(content, result, language)},
                    {"overall", result.overall ? Json(oneDecimal(*result.overall)) : Json(nullptr)},
                    {"overall_shown", result.overall ? Json(rounded(*result.overall)) : Json(nullptr)},
                    {"level", levelJson},
                    {"dont_know", result.dontKnow},
                    {"recommendations", recommendationsJson(content, result, language)},
                    {"services", result.services},
                    {"return_code", result.returnCode},
                    {"unanswered", result.unanswered},
                    {"ignored", result.ignored}};
  return out.dump(2);
}

}  // namespace kiosk::assessment
