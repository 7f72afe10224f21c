// The kiosk's visual style: colours, radii and the ImGui style derived from them.
// Visitor screens are light (readable in bright halls); the attract loop is dark navy.
#pragma once

#include <imgui.h>

namespace kiosk::ui::theme {

// Brand and surfaces.
inline constexpr ImU32 kBrand = IM_COL32(11, 59, 117, 255);         // PID navy
inline constexpr ImU32 kBrandDeep = IM_COL32(7, 30, 64, 255);
inline constexpr ImU32 kHighlight = IM_COL32(245, 158, 11, 255);    // amber: calls to action
inline constexpr ImU32 kBackground = IM_COL32(241, 245, 250, 255);
inline constexpr ImU32 kSurface = IM_COL32(255, 255, 255, 255);
inline constexpr ImU32 kDivider = IM_COL32(218, 226, 236, 255);
inline constexpr ImU32 kText = IM_COL32(20, 33, 54, 255);
inline constexpr ImU32 kTextMuted = IM_COL32(84, 100, 122, 255);
inline constexpr ImU32 kTextOnDark = IM_COL32(255, 255, 255, 255);
inline constexpr ImU32 kTextOnDarkMuted = IM_COL32(190, 208, 232, 255);
inline constexpr ImU32 kDanger = IM_COL32(200, 38, 52, 255);
inline constexpr ImU32 kSuccess = IM_COL32(22, 135, 84, 255);
inline constexpr ImU32 kScrim = IM_COL32(7, 20, 40, 170);

// One accent per section, used on its tile and its screen.
inline constexpr ImU32 kAssessment = IM_COL32(13, 148, 136, 255);
inline constexpr ImU32 kDemos = IM_COL32(109, 40, 217, 255);
inline constexpr ImU32 kLibrary = IM_COL32(37, 99, 235, 255);
inline constexpr ImU32 kContact = IM_COL32(234, 88, 12, 255);

// Sizes at 1080 lines; multiply by UiContext::scale.
inline constexpr float kRadius = 22.0f;
inline constexpr float kMargin = 64.0f;
inline constexpr float kHeaderHeight = 112.0f;
inline constexpr float kButtonHeight = 96.0f;
inline constexpr float kStaffCorner = 120.0f;

// Darker (factor < 1) or lighter (> 1) version of a colour, alpha kept.
[[nodiscard]] ImU32 shade(ImU32 color, float factor);
[[nodiscard]] ImU32 withAlpha(ImU32 color, int alpha);

void applyStyle(float scale);

}  // namespace kiosk::ui::theme
