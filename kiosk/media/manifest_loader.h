// Loads assets/media/manifest.toml into a Catalog. Every problem is reported with file, line and
// column; a broken item (bad field, unknown key, missing file) is left out and the rest loads, so
// one typo never blanks the attract loop. Only an unreadable or unparsable manifest is an error.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <tl/expected.hpp>

#include "kiosk/media/media_item.h"

namespace kiosk::media {

struct ManifestRules {
  std::vector<std::string> languages{"it", "en"};  // every item needs a title and description in each
  std::vector<std::string> areas;    // known technology-area ids; empty: any accepted
  std::vector<std::string> sectors;  // known sector codes; empty: any accepted
};

[[nodiscard]] tl::expected<Catalog, std::string> loadManifest(const std::filesystem::path& file,
                                                              const ManifestRules& rules);

}  // namespace kiosk::media
