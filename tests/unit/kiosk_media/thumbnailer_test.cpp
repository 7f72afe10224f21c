#include "kiosk/media/thumbnailer.h"

#include <gtest/gtest.h>

#include "kiosk/core/rgba_image.h"
#include "tests/unit/temp_dir.h"

namespace kiosk::media {
namespace {

const std::filesystem::path kMedia = std::filesystem::path(KIOSK_ASSETS_DIR) / "media";

MediaItem item(std::string id, MediaKind kind, std::vector<std::filesystem::path> files) {
  MediaItem m;
  m.id = std::move(id);
  m.kind = kind;
  m.files = std::move(files);
  m.line = 3;
  return m;
}

TEST(Thumbnailer, MakesOnceThenReusesAndSkipsCorruptFiles) {
  test::TempDir dir;
  const auto corrupt = dir.write("corrupt.mp4", std::string(4096, '\x42'));
  Catalog catalog;
  catalog.manifest = dir.path() / "manifest.toml";
  catalog.items = {item("clip", MediaKind::Video, {kMedia / "cobot-assembly.mp4"}),
                   item("broken", MediaKind::Video, {corrupt}),
                   item("still", MediaKind::Image, {kMedia / "welcome.png"})};
  catalog.playlists = {{"attract", {"broken", "clip"}}};
  const auto cache = dir.path() / "thumbs";

  Catalog first = catalog;
  const ThumbnailStats made = prepareThumbnails(first, cache);
  EXPECT_EQ(made.made, 2);
  EXPECT_EQ(made.broken, 1);
  ASSERT_EQ(first.items.size(), 2u);
  EXPECT_EQ(first.playlists[0].items, std::vector<std::string>{"clip"});
  ASSERT_EQ(first.problems.size(), 1u);
  EXPECT_NE(first.problems[0].find("manifest.toml:3: item 'broken'"), std::string::npos) << first.problems[0];
  const auto png = core::readPng(first.items[0].thumbnail);
  ASSERT_TRUE(png) << png.error();
  EXPECT_EQ(png->width, kThumbnailWidth);
  EXPECT_EQ(png->height, kThumbnailHeight);

  Catalog second = catalog;
  const ThumbnailStats again = prepareThumbnails(second, cache);
  EXPECT_EQ(again.made, 0);
  EXPECT_EQ(again.cached, 2);
  EXPECT_EQ(second.items[0].thumbnail, first.items[0].thumbnail);

  // An item that left the catalog takes its thumbnail with it.
  Catalog third = catalog;
  third.items.pop_back();
  prepareThumbnails(third, cache);
  EXPECT_FALSE(std::filesystem::exists(first.items[1].thumbnail));
  EXPECT_TRUE(std::filesystem::exists(first.items[0].thumbnail));
}

}  // namespace
}  // namespace kiosk::media
