// RgbaImage: 8-bit RGBA pixels, PNG in and out, and the tolerant comparison the golden
// screenshots use (a pixel differs when any channel differs by more than `tolerance`).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <tl/expected.hpp>

namespace kiosk::core {

struct RgbaImage {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> pixels;  // row-major, top row first, 4 bytes a pixel
};

[[nodiscard]] tl::expected<void, std::string> writePng(const std::filesystem::path& file, const RgbaImage& image);
[[nodiscard]] tl::expected<RgbaImage, std::string> readPng(const std::filesystem::path& file);

struct ImageDiff {
  long long differingPixels = 0;
  int maxChannelDelta = 0;
  RgbaImage highlight;  // differing pixels in red over a dimmed copy of `expected`
};

// Images of different sizes cannot be compared: returns an error.
[[nodiscard]] tl::expected<ImageDiff, std::string> compareImages(const RgbaImage& expected, const RgbaImage& actual,
                                                                 int tolerance);

}  // namespace kiosk::core
