// The best-practice media as data: items (video, image, slide sequence) with their texts,
// tags and schedule, and the playlists built from them. Read from assets/media/manifest.toml.
#pragma once

#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/time_window.h"

namespace kiosk::media {

enum class MediaKind { Video, Image, Slides };

// A local calendar day.
struct Date {
  int year = 0, month = 0, day = 0;
  auto operator<=>(const Date&) const = default;
};

// [from, to) in minutes after local midnight, as the display's opening hours write them.
using core::TimeWindow;

// When an item may appear in the attract loop. Every part left out does not restrict.
struct Schedule {
  std::optional<Date> from;    // first day, included
  std::optional<Date> until;   // last day, included
  unsigned weekdays = 0x7f;    // bit 0 = Monday ... bit 6 = Sunday
  std::vector<TimeWindow> hours;
};

struct MediaItem {
  std::string id;
  MediaKind kind = MediaKind::Video;
  std::vector<std::filesystem::path> files;  // one, or the stills of a slide sequence (absolute)
  std::chrono::milliseconds stillDuration{8000};
  std::map<std::string, std::string> title;        // language -> text
  std::map<std::string, std::string> description;  // language -> text
  std::vector<std::string> areas;    // technology-area ids
  std::vector<std::string> sectors;  // ATECO section codes
  std::string demo;                  // related live demo, "" = none
  std::optional<Schedule> schedule;
  std::filesystem::path thumbnail;   // cached PNG, set by prepareThumbnails ("" until then)
  int line = 0;                      // where it is defined, for messages

  [[nodiscard]] const std::filesystem::path& mainFile() const { return files.front(); }
};

struct Playlist {
  std::string id;
  std::vector<std::string> items;  // item ids, in play order
};

// What the loader found: the items that can be shown, and a message for each one that cannot.
struct Catalog {
  std::filesystem::path manifest;
  std::vector<MediaItem> items;   // manifest order = library order
  std::vector<Playlist> playlists;
  std::vector<std::string> problems;  // "file:line:column: ..." or "<file>: ...", for the log and the staff panel

  [[nodiscard]] const MediaItem* find(const std::string& id) const;
  [[nodiscard]] const Playlist* playlist(const std::string& id) const;
};

[[nodiscard]] std::string_view toString(MediaKind kind);

}  // namespace kiosk::media
