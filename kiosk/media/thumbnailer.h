// Thumbnails for the library tiles, and the check that every media file really decodes.
// A thumbnail is made once per file version (path, size, modification time) into the cache
// folder and reused after that; an item whose file cannot be decoded is taken out of the
// catalog with a message. Slow (decodes video): run it on a worker thread, never the UI's.
#pragma once

#include <filesystem>

#include "kiosk/media/media_item.h"

namespace kiosk::media {

inline constexpr int kThumbnailWidth = 480;
inline constexpr int kThumbnailHeight = 270;

struct ThumbnailStats {
  int made = 0;    // decoded and written now
  int cached = 0;  // found in the cache
  int broken = 0;  // items taken out
};

// Sets item.thumbnail for every item of `catalog`; removes the items that do not decode and
// adds a problem for each. Thumbnails of files no longer in the catalog are deleted.
ThumbnailStats prepareThumbnails(Catalog& catalog, const std::filesystem::path& cacheDir);

}  // namespace kiosk::media
