// Fonts: Noto Sans (Debian fonts-noto-core) at fixed roles and sizes, scaled to the
// display, with Font Awesome icons merged in. Glyph ranges cover Italian and foreign
// surnames (Latin-1, Latin Extended-A), typographic quotes, dashes, ellipsis and €.
// Only builds the ImGui atlas; the GL upload is the platform's job.
#pragma once

#include <string>

#include <imgui.h>
#include <tl/expected.hpp>

#include "kiosk/core/config.h"

namespace kiosk::ui {

struct Fonts {
  ImFont* small = nullptr;     // 22 px: captions, status rows
  ImFont* body = nullptr;      // 30 px
  ImFont* bodyBold = nullptr;  // 30 px
  ImFont* heading = nullptr;   // 40 px bold
  ImFont* title = nullptr;     // 58 px bold
  ImFont* display = nullptr;   // 88 px bold: the attract loop
  ImFont* icon = nullptr;      // 72 px icons only
};

// Adds the fonts to ImGui's atlas (clearing it first) and builds it.
[[nodiscard]] tl::expected<Fonts, std::string> buildFonts(const core::FontConfig& config, float scale);

}  // namespace kiosk::ui
