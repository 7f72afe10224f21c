#include "kiosk/core/rgba_image.h"

#include <cstdint>
#include <string>

#include <gtest/gtest.h>

#include "tests/unit/temp_dir.h"

namespace kiosk::core {
namespace {

// Every pixel different, including alpha, so a swapped channel or row shows up.
RgbaImage gradient(int width, int height) {
  RgbaImage image{width, height, {}};
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x) {
      image.pixels.push_back(static_cast<std::uint8_t>(x * 40));
      image.pixels.push_back(static_cast<std::uint8_t>(y * 60));
      image.pixels.push_back(static_cast<std::uint8_t>(200 - x * 10 - y));
      image.pixels.push_back(static_cast<std::uint8_t>(255 - x - y * 7));
    }
  }
  return image;
}

TEST(RgbaImage, PngRoundTripKeepsEveryPixel) {
  test::TempDir dir;
  const RgbaImage original = gradient(5, 3);
  const auto file = dir.path() / "shot.png";
  const auto written = writePng(file, original);
  ASSERT_TRUE(written) << written.error();
  const auto read = readPng(file);
  ASSERT_TRUE(read) << read.error();
  EXPECT_EQ(read->width, 5);
  EXPECT_EQ(read->height, 3);
  EXPECT_EQ(read->pixels, original.pixels);
}

TEST(RgbaImage, ReadingAMissingOrNonPngFileIsAnError) {
  test::TempDir dir;
  const auto missing = readPng(dir.path() / "absent.png");
  ASSERT_FALSE(missing);
  EXPECT_NE(missing.error().find("absent.png"), std::string::npos) << missing.error();

  const auto text = dir.write("fake.png", "this is not a png");
  const auto bad = readPng(text);
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().find("fake.png"), std::string::npos) << bad.error();
}

TEST(RgbaImage, WritingIntoAMissingFolderIsAnError) {
  test::TempDir dir;
  const auto written = writePng(dir.path() / "no" / "such" / "dir.png", gradient(2, 2));
  ASSERT_FALSE(written);
  EXPECT_NE(written.error().find("dir.png"), std::string::npos) << written.error();
}

TEST(RgbaImage, IdenticalImagesDoNotDiffer) {
  const RgbaImage image = gradient(4, 4);
  const auto diff = compareImages(image, image, 0);
  ASSERT_TRUE(diff) << diff.error();
  EXPECT_EQ(diff->differingPixels, 0);
  EXPECT_EQ(diff->maxChannelDelta, 0);
}

TEST(RgbaImage, ToleranceIsInclusive) {
  const RgbaImage expected = gradient(3, 2);
  RgbaImage actual = expected;
  actual.pixels[4 * 4 + 2] = static_cast<std::uint8_t>(actual.pixels[4 * 4 + 2] + 10);  // pixel (1,1), blue +10
  actual.pixels[3] = static_cast<std::uint8_t>(actual.pixels[3] - 3);                    // pixel (0,0), alpha -3

  const auto within = compareImages(expected, actual, 10);
  ASSERT_TRUE(within) << within.error();
  EXPECT_EQ(within->differingPixels, 0);
  EXPECT_EQ(within->maxChannelDelta, 10);

  const auto beyond = compareImages(expected, actual, 9);
  ASSERT_TRUE(beyond) << beyond.error();
  EXPECT_EQ(beyond->differingPixels, 1);
  EXPECT_EQ(beyond->maxChannelDelta, 10);

  const auto strict = compareImages(expected, actual, 0);
  ASSERT_TRUE(strict) << strict.error();
  EXPECT_EQ(strict->differingPixels, 2);  // alpha counts too
}

TEST(RgbaImage, HighlightPaintsDifferencesRedOverADimmedCopy) {
  const RgbaImage expected = gradient(3, 2);
  RgbaImage actual = expected;
  actual.pixels[4 * 4 + 0] = static_cast<std::uint8_t>(actual.pixels[4 * 4 + 0] ^ 0xff);  // pixel (1,1)
  const auto diff = compareImages(expected, actual, 2);
  ASSERT_TRUE(diff) << diff.error();
  const RgbaImage& h = diff->highlight;
  ASSERT_EQ(h.width, 3);
  ASSERT_EQ(h.height, 2);
  ASSERT_EQ(h.pixels.size(), expected.pixels.size());
  for (std::size_t i = 0; i < h.pixels.size(); i += 4) {
    if (i == 4 * 4) {
      EXPECT_EQ(h.pixels[i + 0], 255);
      EXPECT_EQ(h.pixels[i + 1], 0);
      EXPECT_EQ(h.pixels[i + 2], 0);
      EXPECT_EQ(h.pixels[i + 3], 255);
    } else {
      for (std::size_t c = 0; c < 3; ++c) EXPECT_EQ(h.pixels[i + c], expected.pixels[i + c] / 3) << "byte " << i + c;
      EXPECT_EQ(h.pixels[i + 3], expected.pixels[i + 3]) << "alpha is kept";
    }
  }
}

TEST(RgbaImage, DifferentSizesCannotBeCompared) {
  const auto diff = compareImages(gradient(4, 3), gradient(3, 4), 255);
  ASSERT_FALSE(diff);
  EXPECT_NE(diff.error().find("4x3"), std::string::npos) << diff.error();
  EXPECT_NE(diff.error().find("3x4"), std::string::npos) << diff.error();
}

}  // namespace
}  // namespace kiosk::core
