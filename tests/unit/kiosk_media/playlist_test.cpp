#include "kiosk/media/playlist.h"

#include <gtest/gtest.h>

namespace kiosk::media {
namespace {

MediaItem item(std::string id, std::vector<std::string> areas, std::vector<std::string> sectors,
               std::optional<Schedule> schedule = std::nullopt) {
  MediaItem m;
  m.id = std::move(id);
  m.files = {"/media/" + m.id + ".mp4"};
  m.areas = std::move(areas);
  m.sectors = std::move(sectors);
  m.schedule = std::move(schedule);
  return m;
}

std::vector<std::string> ids(const std::vector<const MediaItem*>& items) {
  std::vector<std::string> out;
  for (const MediaItem* m : items) out.push_back(m->id);
  return out;
}

const CivilTime kFridayMorning{{2026, 3, 6}, 4, 10 * 60};
const CivilTime kFridayNight{{2026, 3, 6}, 4, 23 * 60};

Catalog sample() {
  Schedule evenings;
  evenings.hours = {{18 * 60, 24 * 60}};
  Catalog c;
  c.items = {item("a", {"A"}, {"C"}), item("b", {"B", "A"}, {"G"}), item("c", {"C"}, {"C", "G"}, evenings),
             item("d", {"I"}, {})};
  return c;
}

TEST(Playlist, AttractFollowsThePlaylistOrderAndSchedule) {
  Catalog c = sample();
  c.playlists = {{"attract", {"d", "c", "a"}}};
  EXPECT_EQ(ids(attractLoop(c, kFridayMorning)), (std::vector<std::string>{"d", "a"}));
  EXPECT_EQ(ids(attractLoop(c, kFridayNight)), (std::vector<std::string>{"d", "c", "a"}));
}

TEST(Playlist, WithoutAnAttractPlaylistEveryActiveItemPlaysInManifestOrder) {
  const Catalog c = sample();
  EXPECT_EQ(ids(attractLoop(c, kFridayMorning)), (std::vector<std::string>{"a", "b", "d"}));
}

TEST(Playlist, NothingScheduledGivesAnEmptyLoop) {
  Catalog c = sample();
  c.playlists = {{"attract", {"c"}}};
  EXPECT_TRUE(attractLoop(c, kFridayMorning).empty());
}

TEST(Playlist, LibraryFiltersByAreaAndSector) {
  const Catalog c = sample();
  EXPECT_EQ(ids(libraryItems(c, "", "")), (std::vector<std::string>{"a", "b", "c", "d"}));
  EXPECT_EQ(ids(libraryItems(c, "A", "")), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(ids(libraryItems(c, "", "G")), (std::vector<std::string>{"b", "c"}));
  EXPECT_EQ(ids(libraryItems(c, "A", "G")), (std::vector<std::string>{"b"}));
  EXPECT_TRUE(libraryItems(c, "D", "").empty());
}

TEST(Playlist, UsedTagsInFirstSeenOrder) {
  const Catalog c = sample();
  EXPECT_EQ(usedAreas(c), (std::vector<std::string>{"A", "B", "C", "I"}));
  EXPECT_EQ(usedSectors(c), (std::vector<std::string>{"C", "G"}));
}

TEST(Playlist, SlidesExpandToOneEntryPerStill) {
  MediaItem slides = item("s", {}, {});
  slides.kind = MediaKind::Slides;
  slides.files = {"/m/1.png", "/m/2.png"};
  slides.stillDuration = std::chrono::milliseconds(5000);
  const MediaItem video = item("v", {}, {});
  const auto entries = playEntries({&video, &slides});
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0].itemId, "v");
  EXPECT_EQ(entries[0].stillDuration.count(), 0);
  EXPECT_EQ(entries[2].file, "/m/2.png");
  EXPECT_EQ(entries[2].stillDuration.count(), 5000);
}

}  // namespace
}  // namespace kiosk::media
