// deviceStatusCard: the dashboard's health list: printer, reader, camera, content, lead
// database, free disk space, last backup and last fleet sync, each with a coloured state, a
// short value and the last error it reported (kept after it recovered, with its time).
#pragma once

#include <string>
#include <vector>

#include <imgui.h>

#include "kiosk/ui/ui_context.h"

namespace kiosk::ui {

struct DeviceRow {
  const char* label = "";  // i18n key
  const char* icon = "";
  ImU32 color = 0;         // state: green ok, amber attention, red broken, grey not configured
  std::string value;
  std::string lastError;   // "" = none
};

[[nodiscard]] std::vector<DeviceRow> deviceRows(const UiContext& ctx);
// Returns the height used.
float deviceStatusCard(const UiContext& ctx, ImVec2 pos, float width);

}  // namespace kiosk::ui
