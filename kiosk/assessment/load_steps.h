// The loader's steps, one per file, in dependency order: meta (languages first), scales,
// dimensions, levels, services, questions, recommendations. Each step adds what it read to
// Content and reports problems; later steps check references against what earlier ones read.
// Internal to the loader.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <toml++/toml.h>

#include "kiosk/assessment/content.h"
#include "kiosk/assessment/toml_fields.h"

namespace kiosk::assessment::detail {

struct Scale {
  std::string id;
  std::vector<Option> options;
};

// questionnaire.toml without its questions. Returns the technology areas file, if named.
std::optional<std::filesystem::path> loadMeta(const toml::table& root, Problems& problems, Content& content);
std::vector<Scale> loadScales(const toml::table& root, Problems& problems, const Content& content);
void loadDimensions(const toml::table& root, Problems& problems, Content& content);
void loadLevels(const toml::table& root, Problems& problems, Content& content);
void loadServices(const toml::table& root, Problems& problems, Content& content);
void loadQuestions(const toml::table& root, Problems& problems, Content& content, const std::vector<Scale>& scales);
void loadRecommendations(const toml::table& root, Problems& problems, Content& content);

// Reads the `[[key]]` list of `root`; reports a missing or empty one.
const toml::array* entries(const toml::table& root, std::string_view key, Problems& problems);

// Tracks ids of one kind: reports invalid and duplicate ones ("also at line N").
class IdRegistry {
 public:
  explicit IdRegistry(std::string kind) : m_kind(std::move(kind)) {}
  // False (and a problem reported) when the id is invalid or taken.
  bool add(Fields& fields, const std::string& id);

 private:
  std::string m_kind;
  std::map<std::string, std::uint32_t> m_lines;
};

// Reads the options of `owner` ("question 'x'"): ids unique and not reserved, texts, and a score
// in [0, 1] on every option when `scored`, on none otherwise; `exclusive` only when allowed.
std::vector<Option> readOptions(const toml::array& list, const std::string& owner, bool scored, bool exclusiveAllowed,
                                Problems& problems, const Content& content);

// Reads `question`, `row`, `any_of`, `none_of` of an answer condition (show_if or a rule's when)
// and checks them against content.questions. `before` >= 0 requires the question to come before
// that index (skip logic may only look back).
std::optional<AnswerCondition> readAnswerCondition(Fields& fields, const Content& content,
                                                   const std::map<std::string, int>& questionIndex, int before);

}  // namespace kiosk::assessment::detail
