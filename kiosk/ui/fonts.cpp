#include "kiosk/ui/fonts.h"

#include <filesystem>

#include <spdlog/spdlog.h>

#include "kiosk/ui/icons.h"

namespace kiosk::ui {
namespace {

// ImGui keeps a pointer to the ranges until the atlas is built, so they live forever.
const ImWchar* textRanges() {
  static const ImWchar ranges[] = {
      0x0020, 0x00FF,  // Basic Latin + Latin-1 (à è é ì ò ù)
      0x0100, 0x017F,  // Latin Extended-A
      0x2010, 0x205E,  // dashes, typographic quotes, bullet, ellipsis
      0x20AC, 0x20AC,  // €
      0x2190, 0x2193,  // arrows
      0,
  };
  return ranges;
}

const ImWchar* iconRanges() { return icons::glyphRanges(); }

}  // namespace

tl::expected<Fonts, std::string> buildFonts(const core::FontConfig& config, float scale) {
  for (const auto* path : {&config.regular, &config.bold, &config.icons}) {
    if (!std::filesystem::is_regular_file(*path)) return tl::unexpected("font not found: " + path->string());
  }
  ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  atlas.Clear();
  const float base = config.baseSize / 30.0f * scale;

  const auto add = [&](const std::filesystem::path& file, float px, bool withIcons) {
    ImFontConfig textConfig;
    textConfig.OversampleH = px < 40 ? 2 : 1;  // sub-pixel placement matters only for small text
    textConfig.OversampleV = 1;
    ImFont* font = atlas.AddFontFromFileTTF(file.c_str(), px * base, &textConfig, textRanges());
    if (font && withIcons) {
      ImFontConfig iconConfig;
      iconConfig.MergeMode = true;
      iconConfig.PixelSnapH = true;
      iconConfig.GlyphMinAdvanceX = px * base;
      iconConfig.GlyphOffset = ImVec2(0, px * base * 0.04f);
      atlas.AddFontFromFileTTF(config.icons.c_str(), px * base * 0.9f, &iconConfig, iconRanges());
    }
    return font;
  };

  Fonts fonts;
  fonts.body = add(config.regular, 30, true);  // the first font is ImGui's default
  fonts.small = add(config.regular, 22, true);
  fonts.bodyBold = add(config.bold, 30, true);
  fonts.heading = add(config.bold, 40, true);
  fonts.title = add(config.bold, 58, true);
  fonts.display = add(config.bold, 88, false);
  ImFontConfig iconOnly;
  iconOnly.PixelSnapH = true;
  fonts.icon = atlas.AddFontFromFileTTF(config.icons.c_str(), 72 * base, &iconOnly, iconRanges());

  for (ImFont* font : {fonts.small, fonts.body, fonts.bodyBold, fonts.heading, fonts.title, fonts.display, fonts.icon}) {
    if (!font) return tl::unexpected(std::string("a font file could not be read"));
  }
  if (!atlas.Build()) return tl::unexpected(std::string("font atlas could not be built"));
  spdlog::info("font atlas {}x{} at scale {:.2f}", atlas.TexWidth, atlas.TexHeight, scale);
  return fonts;
}

}  // namespace kiosk::ui
