// radarChart: the spider chart of the self-assessment, drawn with ImDrawList: one axis per
// dimension (0 in the centre, 100 on the outer ring), rings at 25/50/75/100, and up to three
// series (this result, an earlier one, the sector average) as filled or outlined polygons.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <imgui.h>

#include "kiosk/ui/ui_context.h"

namespace kiosk::ui {

struct RadarSeries {
  std::vector<std::optional<int>> values;  // 0-100 per axis; none is drawn at 0
  ImU32 color;
  bool filled = false;  // the main series; others are outlines
  bool dashed = false;  // e.g. the sector average
};

struct RadarAxis {
  std::string label;
  std::string value;  // printed after the label in bold, e.g. "36" or "36 → 52"
};

// Draws into the current window's draw list, centred on `center`; labels go outside `radius`.
void drawRadarChart(const UiContext& ctx, ImVec2 center, float radius, const std::vector<RadarAxis>& axes,
                    const std::vector<RadarSeries>& series);

// The point of `value` (0-100) on axis `index` of `count`, the first axis pointing up.
[[nodiscard]] ImVec2 radarPoint(ImVec2 center, float radius, std::size_t index, std::size_t count, float value);

}  // namespace kiosk::ui
