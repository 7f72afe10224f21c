#include "kiosk/ui/theme.h"

#include <algorithm>

namespace kiosk::ui::theme {

ImU32 shade(ImU32 color, float factor) {
  const auto channel = [&](int shift) {
    const float value = static_cast<float>((color >> shift) & 0xFF);
    const float result = factor < 1.0f ? value * factor : value + (255.0f - value) * (factor - 1.0f);
    return static_cast<ImU32>(std::clamp(result, 0.0f, 255.0f)) << shift;
  };
  return channel(IM_COL32_R_SHIFT) | channel(IM_COL32_G_SHIFT) | channel(IM_COL32_B_SHIFT) |
         (color & (0xFFu << IM_COL32_A_SHIFT));
}

ImU32 withAlpha(ImU32 color, int alpha) {
  return (color & ~(0xFFu << IM_COL32_A_SHIFT)) | (static_cast<ImU32>(std::clamp(alpha, 0, 255)) << IM_COL32_A_SHIFT);
}

void applyStyle(float scale) {
  ImGuiStyle style;  // start from defaults so a scale change does not compound
  ImGui::StyleColorsLight(&style);
  style.WindowPadding = ImVec2(0, 0);
  style.WindowBorderSize = 0;
  style.ChildBorderSize = 0;
  style.FrameBorderSize = 0;
  style.WindowRounding = 0;
  style.ChildRounding = 0;
  style.FrameRounding = kRadius;
  style.ItemSpacing = ImVec2(16, 16);
  style.ScrollbarSize = 8;
  style.ScrollbarRounding = 4;
  style.AntiAliasedFill = true;
  style.AntiAliasedLines = true;
  style.Colors[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(kBackground);
  style.Colors[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  style.Colors[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(kText);
  style.Colors[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  style.Colors[ImGuiCol_ScrollbarGrab] = ImGui::ColorConvertU32ToFloat4(withAlpha(kTextMuted, 110));
  style.ScaleAllSizes(scale);
  ImGui::GetStyle() = style;
}

}  // namespace kiosk::ui::theme
