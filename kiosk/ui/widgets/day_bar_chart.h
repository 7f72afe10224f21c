// dayBarChart: one count per day as bars in a card (the dashboard's visitors and leads per
// day), the value over each bar and the date under every other one.
#pragma once

#include <string>
#include <vector>

#include <imgui.h>

#include "kiosk/ui/ui_context.h"

namespace kiosk::ui {

struct DayValue {
  std::string day;  // "YYYY-MM-DD"
  int value = 0;
};

void dayBarChart(const UiContext& ctx, ImVec2 pos, ImVec2 size, const char* title, const std::vector<DayValue>& days,
                 ImU32 color);

}  // namespace kiosk::ui
