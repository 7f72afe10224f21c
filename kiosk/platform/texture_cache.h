// TextureCache: PNG files as GL textures for ImGui::Image / ImDrawList::AddImage, uploaded on
// first use and kept (the demo thumbnails: a handful of small images). A file that cannot be
// read is remembered as missing, so a broken asset costs one log line, not one per frame.
// UI thread only: it needs the GL context.
#pragma once

#include <filesystem>
#include <map>
#include <optional>

#include "kiosk/core/printer_desk.h"

namespace kiosk::platform {

class TextureCache {
 public:
  TextureCache() = default;
  ~TextureCache();
  TextureCache(const TextureCache&) = delete;
  TextureCache& operator=(const TextureCache&) = delete;

  [[nodiscard]] std::optional<core::TextureRef> get(const std::filesystem::path& file);

 private:
  std::map<std::filesystem::path, std::optional<core::TextureRef>> m_textures;
};

}  // namespace kiosk::platform
