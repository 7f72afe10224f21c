#include "kiosk/platform/screenshot.h"

#include <cstring>

#include <SDL_opengl.h>

namespace kiosk::platform {

core::RgbaImage captureBackBuffer(SDL_Point size) {
  core::RgbaImage image;
  image.width = size.x;
  image.height = size.y;
  image.pixels.resize(static_cast<std::size_t>(size.x) * static_cast<std::size_t>(size.y) * 4);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadBuffer(GL_BACK);
  glReadPixels(0, 0, size.x, size.y, GL_RGBA, GL_UNSIGNED_BYTE, image.pixels.data());
  // OpenGL's first row is the bottom one.
  const std::size_t stride = static_cast<std::size_t>(size.x) * 4;
  std::vector<std::uint8_t> row(stride);
  for (int y = 0; y < size.y / 2; ++y) {
    std::uint8_t* top = image.pixels.data() + static_cast<std::size_t>(y) * stride;
    std::uint8_t* bottom = image.pixels.data() + static_cast<std::size_t>(size.y - 1 - y) * stride;
    std::memcpy(row.data(), top, stride);
    std::memcpy(top, bottom, stride);
    std::memcpy(bottom, row.data(), stride);
  }
  for (std::size_t i = 3; i < image.pixels.size(); i += 4) image.pixels[i] = 255;  // the window is opaque
  return image;
}

}  // namespace kiosk::platform
