#include "kiosk/ui/widgets/radar_chart.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"

namespace kiosk::ui {
namespace {

// A polygon star-shaped around `center` filled as a triangle fan written vertex by vertex:
// ImGui's convex fill would be wrong for a dented polygon, and separate anti-aliased triangles
// leave visible seams where their translucent edges overlap.
void fillFan(ImDrawList* list, ImVec2 center, const std::vector<ImVec2>& points, ImU32 color) {
  const auto n = static_cast<int>(points.size());
  if (n < 3) return;
  const ImVec2 uv = ImGui::GetFontTexUvWhitePixel();
  list->PrimReserve(n * 3, n + 1);
  const auto base = static_cast<ImDrawIdx>(list->_VtxCurrentIdx);
  list->PrimWriteVtx(center, uv, color);
  for (const ImVec2& p : points) list->PrimWriteVtx(p, uv, color);
  for (int i = 0; i < n; ++i) {
    list->PrimWriteIdx(base);
    list->PrimWriteIdx(static_cast<ImDrawIdx>(base + 1 + i));
    list->PrimWriteIdx(static_cast<ImDrawIdx>(base + 1 + (i + 1) % n));
  }
}

void dashedLine(ImDrawList* list, ImVec2 a, ImVec2 b, ImU32 color, float thickness, float dash) {
  const float length = std::hypot(b.x - a.x, b.y - a.y);
  if (length <= 0) return;
  const ImVec2 step((b.x - a.x) / length, (b.y - a.y) / length);
  for (float at = 0; at < length; at += dash * 2) {
    const float end = std::min(length, at + dash);
    list->AddLine(ImVec2(a.x + step.x * at, a.y + step.y * at), ImVec2(a.x + step.x * end, a.y + step.y * end), color,
                  thickness);
  }
}

}  // namespace

ImVec2 radarPoint(ImVec2 center, float radius, std::size_t index, std::size_t count, float value) {
  const float angle = -std::numbers::pi_v<float> / 2 +
                      2 * std::numbers::pi_v<float> * static_cast<float>(index) / static_cast<float>(count);
  const float r = radius * std::clamp(value, 0.0f, 100.0f) / 100.0f;
  return ImVec2(center.x + std::cos(angle) * r, center.y + std::sin(angle) * r);
}

void drawRadarChart(const UiContext& ctx, ImVec2 center, float radius, const std::vector<RadarAxis>& axes,
                    const std::vector<RadarSeries>& series) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const std::size_t n = axes.size();
  if (n < 3) return;

  // Rings and spokes.
  for (const float ring : {25.0f, 50.0f, 75.0f, 100.0f}) {
    std::vector<ImVec2> points;
    for (std::size_t i = 0; i < n; ++i) points.push_back(radarPoint(center, radius, i, n, ring));
    list->AddPolyline(points.data(), static_cast<int>(n), ring == 100.0f ? theme::kTextMuted : theme::kDivider,
                      ImDrawFlags_Closed, ctx.px(ring == 100.0f ? 2.5f : 2.0f));
  }
  for (std::size_t i = 0; i < n; ++i) list->AddLine(center, radarPoint(center, radius, i, n, 100), theme::kDivider, ctx.px(2));
  for (const int ring : {50, 100}) {
    const ImVec2 at = radarPoint(center, radius, 0, n, static_cast<float>(ring));
    drawText(list, ctx.fonts.small, ImVec2(at.x + ctx.px(8), at.y - ctx.px(2)), theme::kTextMuted,
             std::to_string(ring).c_str());
  }

  // Series: outlines last so they stay visible over the fill.
  for (const RadarSeries& s : series) {
    std::vector<ImVec2> points;
    for (std::size_t i = 0; i < n; ++i) {
      const int value = i < s.values.size() && s.values[i] ? *s.values[i] : 0;
      points.push_back(radarPoint(center, radius, i, n, static_cast<float>(value)));
    }
    if (s.filled) fillFan(list, center, points, theme::withAlpha(s.color, 70));
    for (std::size_t i = 0; i < n; ++i) {
      const ImVec2 a = points[i];
      const ImVec2 b = points[(i + 1) % n];
      if (s.dashed) {
        dashedLine(list, a, b, s.color, ctx.px(3), ctx.px(10));
      } else {
        list->AddLine(a, b, s.color, ctx.px(s.filled ? 5.0f : 4.0f));
      }
    }
    if (!s.dashed) {
      for (const ImVec2& p : points) list->AddCircleFilled(p, ctx.px(s.filled ? 9.0f : 7.0f), s.color, 20);
    }
  }

  // Labels outside the outer ring, anchored by the side of the chart they are on.
  for (std::size_t i = 0; i < n; ++i) {
    const ImVec2 tip = radarPoint(center, radius + ctx.px(24), i, n, 100);
    const ImVec2 labelSize = textSize(ctx.fonts.body, axes[i].label.c_str());
    const ImVec2 valueSize = textSize(ctx.fonts.heading, axes[i].value.c_str());
    const float width = std::max(labelSize.x, valueSize.x);
    const float height = labelSize.y + valueSize.y;
    const float dx = tip.x - center.x;
    const float dy = tip.y - center.y;
    float x = tip.x - width * 0.5f;
    if (dx > radius * 0.2f) x = tip.x;
    if (dx < -radius * 0.2f) x = tip.x - width;
    float y = tip.y - height * 0.5f;
    if (dy < -radius * 0.8f) y = tip.y - height;
    if (dy > radius * 0.8f) y = tip.y;
    const bool rightAligned = dx < -radius * 0.2f;
    const auto alignX = [&](float w) { return rightAligned ? x + width - w : (dx > radius * 0.2f ? x : x + (width - w) * 0.5f); };
    drawText(list, ctx.fonts.body, ImVec2(alignX(labelSize.x), y), theme::kText, axes[i].label.c_str());
    drawText(list, ctx.fonts.heading, ImVec2(alignX(valueSize.x), y + labelSize.y), theme::kBrand,
             axes[i].value.c_str());
  }
}

}  // namespace kiosk::ui
