// TemperaturePlot: the printer's temperatures over the last minutes, hotend and bed, actual
// (solid) and target (dashed), drawn with ImDrawList into a card. The window and scale come
// from core::plotWindow, so the numbers are tested without drawing.
#pragma once

#include <optional>
#include <span>

#include <imgui.h>

#include "devices/marlin/printer_snapshot.h"
#include "kiosk/ui/ui_context.h"

namespace kiosk::ui {

inline constexpr ImU32 kHotendColor = IM_COL32(220, 74, 38, 255);
inline constexpr ImU32 kBedColor = IM_COL32(37, 99, 235, 255);

struct TemperaturePlotLabels {
  const char* title;
  const char* hotend;
  const char* bed;
  const char* waiting;  // shown while there is no sample yet
  const char* now;      // the right edge of the time axis
};

// `current` is the latest reading for the legend: fresher than the history, which is sampled.
void drawTemperaturePlot(const UiContext& ctx, ImVec2 pos, ImVec2 size,
                         std::span<const devices::marlin::TemperatureSample> history,
                         const std::optional<devices::marlin::TemperatureSample>& current,
                         const TemperaturePlotLabels& labels);

}  // namespace kiosk::ui
