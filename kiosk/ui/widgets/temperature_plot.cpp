#include "kiosk/ui/widgets/temperature_plot.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "kiosk/core/printer_readout.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"

namespace kiosk::ui {
namespace {

using devices::marlin::TemperatureSample;

constexpr double kWindowS = 300;  // five minutes at most: a whole heat-up and the start of the print

struct Frame {
  ImVec2 min, max;
  core::PlotWindow window;
  [[nodiscard]] ImVec2 at(double seconds, double celsius) const {
    const double x = (seconds - window.startS) / (window.endS - window.startS);
    const double y = celsius / window.maxC;
    return ImVec2(min.x + static_cast<float>(x) * (max.x - min.x), max.y - static_cast<float>(y) * (max.y - min.y));
  }
};

// Dashes of equal length along a polyline, so a target reads as "where it should be".
void dashedPolyline(ImDrawList* list, const std::vector<ImVec2>& points, ImU32 color, float thickness, float dash) {
  bool on = true;
  float left = dash;
  for (std::size_t i = 1; i < points.size(); ++i) {
    ImVec2 a = points[i - 1];
    const ImVec2 b = points[i];
    float length = std::hypot(b.x - a.x, b.y - a.y);
    while (length > 0) {
      const float step = std::min(left, length);
      const float t = step / length;
      const ImVec2 c(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
      if (on) list->AddLine(a, c, color, thickness);
      a = c;
      length -= step;
      left -= step;
      if (left <= 0) {
        on = !on;
        left = dash;
      }
    }
  }
}

void series(ImDrawList* list, const Frame& f, std::span<const TemperatureSample> history, double TemperatureSample::*field,
            ImU32 color, float thickness, bool dashed, float dash) {
  std::vector<ImVec2> points;
  points.reserve(history.size() - f.window.first);
  for (std::size_t i = f.window.first; i < history.size(); ++i) {
    points.push_back(f.at(std::max(history[i].secondsSinceConnect, f.window.startS), history[i].*field));
  }
  if (points.size() < 2) return;
  if (dashed) {
    dashedPolyline(list, points, color, thickness, dash);
  } else {
    list->AddPolyline(points.data(), static_cast<int>(points.size()), color, ImDrawFlags_None, thickness);
  }
}

// "● Ugello 205 / 210 °C" at pos; returns its width.
float legend(const UiContext& ctx, ImVec2 pos, ImU32 color, const char* name, double actual, double target) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  char value[64];
  if (target > core::kAmbientC) {
    std::snprintf(value, sizeof value, "%.0f / %.0f °C", actual, target);
  } else {
    std::snprintf(value, sizeof value, "%.0f °C", actual);
  }
  const float r = ctx.px(9);
  const float lineH = ctx.fonts.bodyBold->FontSize;
  list->AddCircleFilled(ImVec2(pos.x + r, pos.y + lineH * 0.5f), r, color, 24);
  float x = pos.x + r * 2 + ctx.px(12);
  drawText(list, ctx.fonts.body, ImVec2(x, pos.y), theme::kTextMuted, name);
  x += textSize(ctx.fonts.body, name).x + ctx.px(12);
  drawText(list, ctx.fonts.bodyBold, ImVec2(x, pos.y), theme::kText, value);
  return x + textSize(ctx.fonts.bodyBold, value).x - pos.x;
}

}  // namespace

void drawTemperaturePlot(const UiContext& ctx, ImVec2 pos, ImVec2 size, std::span<const TemperatureSample> history,
                         const std::optional<TemperatureSample>& current, const TemperaturePlotLabels& labels) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const ImVec2 cardMax(pos.x + size.x, pos.y + size.y);
  drawCard(list, pos, cardMax, theme::kSurface, ctx.px(theme::kRadius), ctx.px(4));
  const float pad = ctx.px(32);
  drawText(list, ctx.fonts.heading, ImVec2(pos.x + pad, pos.y + pad), theme::kText, labels.title);

  const float legendY = pos.y + pad + ctx.fonts.heading->FontSize + ctx.px(12);
  if (current || !history.empty()) {
    const TemperatureSample last = current ? *current : history.back();
    const float w = legend(ctx, ImVec2(pos.x + pad, legendY), kHotendColor, labels.hotend, last.hotend, last.hotendTarget);
    legend(ctx, ImVec2(pos.x + pad + w + ctx.px(48), legendY), kBedColor, labels.bed, last.bed, last.bedTarget);
  }

  const float axisW = ctx.px(64);  // room for "250°" on the left
  Frame f;
  f.min = ImVec2(pos.x + pad + axisW, legendY + ctx.fonts.bodyBold->FontSize + ctx.px(28));
  f.max = ImVec2(cardMax.x - pad, cardMax.y - pad - ctx.fonts.small->FontSize - ctx.px(8));
  f.window = core::plotWindow(history, kWindowS);

  // Grid every 50 °C, labelled; the x axis in seconds or minutes back from the latest sample.
  for (double c = 0; c <= f.window.maxC + 0.1; c += 50) {
    const float y = f.at(f.window.startS, c).y;
    list->AddLine(ImVec2(f.min.x, y), ImVec2(f.max.x, y), c == 0 ? theme::kTextMuted : theme::kDivider, ctx.px(2));
    char text[16];
    std::snprintf(text, sizeof text, "%.0f°", c);
    const ImVec2 ts = textSize(ctx.fonts.small, text);
    drawText(list, ctx.fonts.small, ImVec2(f.min.x - ts.x - ctx.px(10), y - ts.y * 0.5f), theme::kTextMuted, text);
  }
  const double latest = f.window.endS;
  for (int k = 0; latest - k * f.window.tickS >= f.window.startS - 0.01; ++k) {
    const double back = k * f.window.tickS;
    const float x = f.at(latest - back, 0).x;
    char text[16];
    if (k == 0) {
      std::snprintf(text, sizeof text, "%s", labels.now);
    } else if (f.window.tickS < 60) {
      std::snprintf(text, sizeof text, "-%.0f s", back);
    } else {
      std::snprintf(text, sizeof text, "-%.0f min", back / 60);
    }
    const ImVec2 ts = textSize(ctx.fonts.small, text);
    // Labels stay inside the plot: the leftmost one aligned left, the others centred on their tick.
    const float left = std::clamp(x - ts.x * 0.5f, f.min.x, f.max.x - ts.x);
    drawText(list, ctx.fonts.small, ImVec2(left, f.max.y + ctx.px(8)), theme::kTextMuted, text);
  }
  if (history.size() < 2) {
    drawTextCentered(list, ctx.fonts.body, ImVec2((f.min.x + f.max.x) * 0.5f, (f.min.y + f.max.y) * 0.5f),
                     theme::kTextMuted, labels.waiting);
    return;
  }
  list->PushClipRect(ImVec2(f.min.x, f.min.y - ctx.px(4)), ImVec2(f.max.x, f.max.y + ctx.px(4)), true);
  const float dash = ctx.px(14);
  series(list, f, history, &TemperatureSample::bedTarget, theme::withAlpha(kBedColor, 150), ctx.px(3), true, dash);
  series(list, f, history, &TemperatureSample::hotendTarget, theme::withAlpha(kHotendColor, 150), ctx.px(3), true, dash);
  series(list, f, history, &TemperatureSample::bed, kBedColor, ctx.px(5), false, dash);
  series(list, f, history, &TemperatureSample::hotend, kHotendColor, ctx.px(5), false, dash);
  list->PopClipRect();
}

}  // namespace kiosk::ui
