// Playlists from the catalog: the attract loop as it stands now (schedule applied), the
// library filtered by technology area and sector, and the per-area collections.
#pragma once

#include <string>
#include <vector>

#include "kiosk/media/media_item.h"
#include "kiosk/media/schedule.h"

namespace kiosk::media {

inline constexpr const char* kAttractPlaylist = "attract";

// The attract playlist's items that may play at `now`, in its order. Without an "attract"
// playlist every item plays, in manifest order.
[[nodiscard]] std::vector<const MediaItem*> attractLoop(const Catalog& catalog, const CivilTime& now);

// Library tiles: every item, or those tagged with `area` / `sector` ("" = any).
[[nodiscard]] std::vector<const MediaItem*> libraryItems(const Catalog& catalog, const std::string& area,
                                                         const std::string& sector);

// The technology areas / sectors that at least one item is tagged with, in first-seen order:
// the library offers only filters that find something.
[[nodiscard]] std::vector<std::string> usedAreas(const Catalog& catalog);
[[nodiscard]] std::vector<std::string> usedSectors(const Catalog& catalog);

// One entry per file to play: a slide sequence becomes one entry per still.
struct PlayEntry {
  std::string itemId;
  std::filesystem::path file;
  std::chrono::milliseconds stillDuration{0};  // 0 for videos
};
[[nodiscard]] std::vector<PlayEntry> playEntries(const std::vector<const MediaItem*>& items);

}  // namespace kiosk::media
