// Loads and checks the whole assessment file set of a folder (assets/assessment/):
// questionnaire.toml, scales.toml, dimensions.toml, levels.toml, services.toml,
// recommendations.toml, and the technology areas file that questionnaire.toml names.
// Every problem is reported, each as "file:line:column: message": syntax errors, unknown keys,
// missing keys or translations, wrong types, duplicate ids, references to missing questions,
// options, areas, services or demos, scores outside [0, 1], weights <= 0, unordered levels.
// A folder with any problem gives no Content: the kiosk disables the section and alerts staff.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <tl/expected.hpp>

#include "kiosk/assessment/content.h"

namespace kiosk::assessment {

using LoadErrors = std::vector<std::string>;

[[nodiscard]] tl::expected<Content, LoadErrors> loadContent(const std::filesystem::path& folder);

}  // namespace kiosk::assessment
