#include "kiosk/core/rgba_image.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

#include <png.h>

namespace kiosk::core {

tl::expected<void, std::string> writePng(const std::filesystem::path& file, const RgbaImage& image) {
  png_image png;
  std::memset(&png, 0, sizeof png);
  png.version = PNG_IMAGE_VERSION;
  png.width = static_cast<png_uint_32>(image.width);
  png.height = static_cast<png_uint_32>(image.height);
  png.format = PNG_FORMAT_RGBA;
  if (!png_image_write_to_file(&png, file.c_str(), 0, image.pixels.data(), 0, nullptr)) {
    return tl::unexpected(file.string() + ": " + png.message);
  }
  return {};
}

tl::expected<RgbaImage, std::string> readPng(const std::filesystem::path& file) {
  png_image png;
  std::memset(&png, 0, sizeof png);
  png.version = PNG_IMAGE_VERSION;
  if (!png_image_begin_read_from_file(&png, file.c_str())) return tl::unexpected(file.string() + ": " + png.message);
  png.format = PNG_FORMAT_RGBA;
  RgbaImage image;
  image.width = static_cast<int>(png.width);
  image.height = static_cast<int>(png.height);
  image.pixels.resize(PNG_IMAGE_SIZE(png));
  if (!png_image_finish_read(&png, nullptr, image.pixels.data(), 0, nullptr)) {
    png_image_free(&png);
    return tl::unexpected(file.string() + ": " + png.message);
  }
  return image;
}

tl::expected<ImageDiff, std::string> compareImages(const RgbaImage& expected, const RgbaImage& actual, int tolerance) {
  if (expected.width != actual.width || expected.height != actual.height) {
    return tl::unexpected("size differs: expected " + std::to_string(expected.width) + "x" +
                          std::to_string(expected.height) + ", got " + std::to_string(actual.width) + "x" +
                          std::to_string(actual.height));
  }
  ImageDiff diff;
  diff.highlight = expected;
  for (std::size_t i = 0; i < expected.pixels.size(); i += 4) {
    int delta = 0;
    for (std::size_t c = 0; c < 4; ++c) delta = std::max(delta, std::abs(expected.pixels[i + c] - actual.pixels[i + c]));
    diff.maxChannelDelta = std::max(diff.maxChannelDelta, delta);
    std::uint8_t* out = &diff.highlight.pixels[i];
    if (delta > tolerance) {
      ++diff.differingPixels;
      out[0] = 255, out[1] = 0, out[2] = 0, out[3] = 255;
    } else {
      for (std::size_t c = 0; c < 3; ++c) out[c] = static_cast<std::uint8_t>(out[c] / 3);
    }
  }
  return diff;
}

}  // namespace kiosk::core
