// questionnaire.toml's settings, scales.toml, dimensions.toml, levels.toml, services.toml.
#include <algorithm>
#include <regex>
#include <set>

#include "kiosk/assessment/load_steps.h"
#include "kiosk/assessment/return_code.h"

namespace kiosk::assessment::detail {
namespace {

void checkSummaryPlaceholders(Fields& summary, const Text& text) {
  static const std::set<std::string> known = {"{level}", "{overall}", "{scores}", "{code}", "{url}"};
  static const std::regex placeholder(R"(\{[^{}]*\})");
  for (const auto& [language, template_] : text) {
    for (auto m = std::sregex_iterator(template_.begin(), template_.end(), placeholder); m != std::sregex_iterator();
         ++m) {
      if (!known.contains(m->str()))
        summary.problem("text", "text." + language + ": unknown placeholder " + m->str() +
                                    " ({level} {overall} {scores} {code} {url})");
    }
  }
}

Labels readLabels(Fields& root, Problems& problems, const Content& content) {
  Labels labels;
  const toml::table* table = root.table("labels", Need::Required);
  if (!table) return labels;
  Fields fields(*table, "labels", problems, content.languages);
  labels.profile = fields.text("profile", Need::Required);
  labels.dontKnow = fields.text("dont_know", Need::Required);
  labels.notApplicable = fields.text("not_applicable", Need::Required);
  labels.notAvailable = fields.text("not_available", Need::Required);
  fields.reportUnknownKeys();
  return labels;
}

// Levels and bands: ids, `min` from 0, strictly increasing, at most 100.
template <typename T>
void checkRanges(const std::vector<std::pair<T, const toml::table*>>& ranges, std::string_view kind,
                 Problems& problems) {
  for (std::size_t i = 0; i < ranges.size(); ++i) {
    const auto& [range, table] = ranges[i];
    const toml::node* min = table->get("min");
    const toml::source_region where = min ? min->source() : table->source();
    const std::string what = std::string(kind) + " '" + range.id + "': ";
    if (i == 0 && range.min != 0) problems.at(where, what + "the first " + std::string(kind) + " must have min = 0");
    if (i > 0 && range.min <= ranges[i - 1].first.min)
      problems.at(where, what + "min " + std::to_string(range.min) + " must be greater than the previous one (" +
                             std::to_string(ranges[i - 1].first.min) + ")");
    if (range.min < 0 || range.min > 100) problems.at(where, what + "min must be within 0-100");
  }
}

}  // namespace

std::optional<std::filesystem::path> loadMeta(const toml::table& root, Problems& problems, Content& content) {
  Fields fields(root, "questionnaire", problems, content.languages);
  // Languages first: every text below is checked against them.
  content.languages = fields.strings("languages", Need::Required).value_or(std::vector<std::string>{});
  if (fields.has("languages") && content.languages.empty()) fields.problem("languages", "no language listed");
  std::set<std::string> seen;
  for (const std::string& language : content.languages) {
    if (!seen.insert(language).second) fields.problem("languages", "language '" + language + "' is listed twice");
  }

  content.id = fields.string("id", Need::Required).value_or("");
  content.version = fields.string("version", Need::Required).value_or("");
  if (const auto generation = fields.integer("return_code_generation", Need::Required)) {
    if (*generation < 1 || *generation > 7)
      fields.problem("return_code_generation", "'return_code_generation' must be within 1-7");
    content.returnCodeGeneration = static_cast<int>(std::clamp<std::int64_t>(*generation, 1, 7));
  }
  const auto areas = fields.string("technology_areas", Need::Required);
  if (const auto seconds = fields.integer("seconds_per_question", Need::Optional)) {
    if (*seconds < 1 || *seconds > 600)
      fields.problem("seconds_per_question", "'seconds_per_question' must be within 1-600");
    content.secondsPerQuestion = static_cast<int>(std::clamp<std::int64_t>(*seconds, 1, 600));
  }
  if (const auto score = fields.number("dont_know_score", Need::Optional)) {
    if (*score < 0 || *score > 1)
      fields.problem("dont_know_score", "dont_know_score " + numberText(*score) + " is outside [0, 1]");
    content.dontKnowScore = std::clamp(*score, 0.0, 1.0);
  }
  content.labels = readLabels(fields, problems, content);
  if (const toml::table* summary = fields.table("summary", Need::Required)) {
    Fields summaryFields(*summary, "summary", problems, content.languages);
    content.summaryTemplate = summaryFields.text("text", Need::Required);
    checkSummaryPlaceholders(summaryFields, content.summaryTemplate);
    summaryFields.reportUnknownKeys();
  }
  fields.accept("question");  // loadQuestions
  fields.reportUnknownKeys();
  if (!areas) return std::nullopt;
  return problems.file().parent_path() / *areas;
}

std::vector<Scale> loadScales(const toml::table& root, Problems& problems, const Content& content) {
  std::vector<Scale> scales;
  Fields file(root, "scales", problems, content.languages);
  file.accept("scale");
  file.reportUnknownKeys();
  const toml::array* list = entries(root, "scale", problems);
  if (!list) return scales;
  IdRegistry ids("scale");
  for (const toml::node& node : *list) {
    Fields fields(*node.as_table(), "scale", problems, content.languages);
    Scale scale;
    scale.id = fields.string("id", Need::Required).value_or("");
    if (!scale.id.empty()) {
      fields.setWhat("scale '" + scale.id + "'");
      ids.add(fields, scale.id);
    }
    if (const toml::array* options = fields.tables("options", Need::Required)) {
      scale.options = readOptions(*options, fields.what(), true, false, problems, content);
      if (scale.options.size() < 2) fields.problem("options", "a scale needs at least 2 options");
    }
    fields.reportUnknownKeys();
    scales.push_back(std::move(scale));
  }
  return scales;
}

void loadDimensions(const toml::table& root, Problems& problems, Content& content) {
  Fields file(root, "dimensions", problems, content.languages);
  file.accept("dimension");
  file.reportUnknownKeys();
  const toml::array* list = entries(root, "dimension", problems);
  if (!list) return;
  IdRegistry ids("dimension");
  for (const toml::node& node : *list) {
    Fields fields(*node.as_table(), "dimension", problems, content.languages);
    Dimension dimension;
    dimension.id = fields.string("id", Need::Required).value_or("");
    if (!dimension.id.empty()) {
      fields.setWhat("dimension '" + dimension.id + "'");
      ids.add(fields, dimension.id);
    }
    dimension.weight = fields.number("weight", Need::Required).value_or(1.0);
    if (dimension.weight <= 0) fields.problem("weight", "weight must be greater than 0");
    dimension.title = fields.text("title", Need::Required);
    dimension.shortTitle = fields.text("short", Need::Required);
    dimension.text = fields.text("text", Need::Required);
    fields.reportUnknownKeys();
    content.dimensions.push_back(std::move(dimension));
  }
  if (content.dimensions.size() != kCodeDimensions) {
    problems.at(list->back(), std::to_string(content.dimensions.size()) + " dimensions: there must be exactly " +
                                  std::to_string(kCodeDimensions) + " (the EU DMA's, kept in the return code)");
  }
}

void loadLevels(const toml::table& root, Problems& problems, Content& content) {
  Fields file(root, "levels", problems, content.languages);
  file.accept("level");
  file.accept("band");
  file.reportUnknownKeys();

  std::vector<std::pair<Level, const toml::table*>> levels;
  if (const toml::array* list = entries(root, "level", problems)) {
    IdRegistry ids("level");
    for (const toml::node& node : *list) {
      Fields fields(*node.as_table(), "level", problems, content.languages);
      Level level;
      level.id = fields.string("id", Need::Required).value_or("");
      if (!level.id.empty()) {
        fields.setWhat("level '" + level.id + "'");
        ids.add(fields, level.id);
      }
      level.min = static_cast<int>(fields.integer("min", Need::Required).value_or(0));
      level.title = fields.text("title", Need::Required);
      level.sentence = fields.text("sentence", Need::Required);
      fields.reportUnknownKeys();
      levels.emplace_back(std::move(level), node.as_table());
    }
    checkRanges(levels, "level", problems);
  }
  std::vector<std::pair<Band, const toml::table*>> bands;
  if (const toml::array* list = entries(root, "band", problems)) {
    IdRegistry ids("band");
    for (const toml::node& node : *list) {
      Fields fields(*node.as_table(), "band", problems, content.languages);
      Band band;
      band.id = fields.string("id", Need::Required).value_or("");
      if (!band.id.empty()) {
        fields.setWhat("band '" + band.id + "'");
        ids.add(fields, band.id);
      }
      band.min = static_cast<int>(fields.integer("min", Need::Required).value_or(0));
      band.title = fields.text("title", Need::Required);
      fields.reportUnknownKeys();
      bands.emplace_back(std::move(band), node.as_table());
    }
    checkRanges(bands, "band", problems);
  }
  for (auto& [level, table] : levels) content.levels.push_back(std::move(level));
  for (auto& [band, table] : bands) content.bands.push_back(std::move(band));
}

void loadServices(const toml::table& root, Problems& problems, Content& content) {
  Fields file(root, "services", problems, content.languages);
  file.accept("service");
  file.reportUnknownKeys();
  const toml::array* list = entries(root, "service", problems);
  if (!list) return;
  IdRegistry ids("service");
  for (const toml::node& node : *list) {
    Fields fields(*node.as_table(), "service", problems, content.languages);
    Service service;
    service.id = fields.string("id", Need::Required).value_or("");
    if (!service.id.empty()) {
      fields.setWhat("service '" + service.id + "'");
      ids.add(fields, service.id);
    }
    service.title = fields.text("title", Need::Required);
    service.text = fields.text("text", Need::Required);
    service.url = fields.string("url", Need::Optional).value_or("");
    fields.reportUnknownKeys();
    content.services.push_back(std::move(service));
  }
}

}  // namespace kiosk::assessment::detail
