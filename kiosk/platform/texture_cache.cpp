#include "kiosk/platform/texture_cache.h"

#include <SDL_opengl.h>
#include <spdlog/spdlog.h>

#include "kiosk/core/rgba_image.h"

namespace kiosk::platform {

TextureCache::~TextureCache() {
  for (const auto& [file, texture] : m_textures) {
    if (!texture) continue;
    const auto id = static_cast<GLuint>(texture->id);
    glDeleteTextures(1, &id);
  }
}

std::optional<core::TextureRef> TextureCache::get(const std::filesystem::path& file) {
  if (const auto found = m_textures.find(file); found != m_textures.end()) return found->second;
  auto image = core::readPng(file);
  if (!image) {
    spdlog::error("image {}: {}", file.string(), image.error());
    m_textures[file] = std::nullopt;
    return std::nullopt;
  }
  GLint previous = 0;
  glGetIntegerv(GL_TEXTURE_BINDING_2D, &previous);
  GLuint id = 0;
  glGenTextures(1, &id);
  glBindTexture(GL_TEXTURE_2D, id);
  // Thumbnails are drawn larger than their pixels: linear keeps them soft instead of blocky.
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, image->width, image->height, 0, GL_RGBA, GL_UNSIGNED_BYTE,
               image->pixels.data());
  glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(previous));
  const core::TextureRef ref{static_cast<std::uintptr_t>(id), image->width, image->height};
  m_textures[file] = ref;
  return ref;
}

}  // namespace kiosk::platform
