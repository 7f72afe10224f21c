#include "kiosk/assessment/loader.h"

#include <array>
#include <optional>

#include "kiosk/assessment/load_steps.h"
#include "kiosk/core/technology_areas.h"
#include "kiosk/core/toml_file.h"

namespace kiosk::assessment {
namespace {

constexpr std::array<std::string_view, 6> kFiles = {"questionnaire.toml", "scales.toml",   "dimensions.toml",
                                                    "levels.toml",        "services.toml", "recommendations.toml"};

void loadAreas(const std::filesystem::path& file, Content& content, LoadErrors& errors) {
  auto areas = core::loadTechnologyAreas(file, content.languages);
  if (!areas) {
    errors.insert(errors.end(), areas.error().begin(), areas.error().end());
    return;
  }
  for (const core::TechnologyArea& area : *areas) {
    TechnologyArea copy;
    copy.id = area.id;
    for (const auto& [language, text] : area.title) copy.title[language] = text;
    content.areas.push_back(std::move(copy));
  }
}

}  // namespace

tl::expected<Content, LoadErrors> loadContent(const std::filesystem::path& folder) {
  // Every file is parsed first: a file that is not valid TOML is reported with the other such
  // files, and nothing else, since every later check would only repeat its absence.
  LoadErrors errors;
  std::array<std::optional<toml::table>, kFiles.size()> roots;
  for (std::size_t i = 0; i < kFiles.size(); ++i) {
    auto parsed = core::parseTomlFile(folder / kFiles[i]);
    if (parsed) {
      roots[i] = std::move(*parsed);
    } else {
      errors.push_back(parsed.error());
    }
  }
  if (!errors.empty()) return tl::unexpected(std::move(errors));

  Content content;
  const auto problemsOf = [&](std::size_t i) { return detail::Problems(folder / kFiles[i], errors); };
  auto questionnaire = problemsOf(0);
  const auto areasFile = detail::loadMeta(*roots[0], questionnaire, content);
  if (areasFile) loadAreas(*areasFile, content, errors);
  auto scalesProblems = problemsOf(1);
  const auto scales = detail::loadScales(*roots[1], scalesProblems, content);
  auto dimensions = problemsOf(2);
  detail::loadDimensions(*roots[2], dimensions, content);
  auto levels = problemsOf(3);
  detail::loadLevels(*roots[3], levels, content);
  auto services = problemsOf(4);
  detail::loadServices(*roots[4], services, content);
  detail::loadQuestions(*roots[0], questionnaire, content, scales);
  auto recommendations = problemsOf(5);
  detail::loadRecommendations(*roots[5], recommendations, content);

  if (!errors.empty()) return tl::unexpected(std::move(errors));
  return content;
}

}  // namespace kiosk::assessment
