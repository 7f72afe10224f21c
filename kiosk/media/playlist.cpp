#include "kiosk/media/playlist.h"

#include <algorithm>

namespace kiosk::media {
namespace {

bool contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

std::vector<std::string> used(const Catalog& catalog, std::vector<std::string> MediaItem::*field) {
  std::vector<std::string> out;
  for (const MediaItem& item : catalog.items) {
    for (const std::string& tag : item.*field) {
      if (!contains(out, tag)) out.push_back(tag);
    }
  }
  return out;
}

}  // namespace

std::vector<const MediaItem*> attractLoop(const Catalog& catalog, const CivilTime& now) {
  std::vector<const MediaItem*> out;
  if (const Playlist* attract = catalog.playlist(kAttractPlaylist)) {
    for (const std::string& id : attract->items) {
      if (const MediaItem* item = catalog.find(id); item && isActive(*item, now)) out.push_back(item);
    }
    return out;
  }
  for (const MediaItem& item : catalog.items) {
    if (isActive(item, now)) out.push_back(&item);
  }
  return out;
}

std::vector<const MediaItem*> libraryItems(const Catalog& catalog, const std::string& area, const std::string& sector) {
  std::vector<const MediaItem*> out;
  for (const MediaItem& item : catalog.items) {
    if (!area.empty() && !contains(item.areas, area)) continue;
    if (!sector.empty() && !contains(item.sectors, sector)) continue;
    out.push_back(&item);
  }
  return out;
}

std::vector<std::string> usedAreas(const Catalog& catalog) { return used(catalog, &MediaItem::areas); }
std::vector<std::string> usedSectors(const Catalog& catalog) { return used(catalog, &MediaItem::sectors); }

std::vector<PlayEntry> playEntries(const std::vector<const MediaItem*>& items) {
  std::vector<PlayEntry> out;
  for (const MediaItem* item : items) {
    const auto still = item->kind == MediaKind::Video ? std::chrono::milliseconds(0) : item->stillDuration;
    for (const auto& file : item->files) out.push_back({item->id, file, still});
  }
  return out;
}

const MediaItem* Catalog::find(const std::string& id) const {
  for (const MediaItem& item : items) {
    if (item.id == id) return &item;
  }
  return nullptr;
}

const Playlist* Catalog::playlist(const std::string& id) const {
  for (const Playlist& list : playlists) {
    if (list.id == id) return &list;
  }
  return nullptr;
}

std::string_view toString(MediaKind kind) {
  switch (kind) {
    case MediaKind::Video: return "video";
    case MediaKind::Image: return "image";
    case MediaKind::Slides: return "slides";
  }
  return "?";
}

}  // namespace kiosk::media
