#include "kiosk/ui/widgets/device_status_card.h"

#include <cstdio>
#include <ctime>

#include "kiosk/ui/icons.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"
#include "kiosk/ui/widgets/worker_state_color.h"

namespace kiosk::ui {
namespace {

constexpr ImU32 kOff = IM_COL32(160, 170, 184, 255);
constexpr std::uint64_t kMiB = 1024ull * 1024ull;

std::string clockText(std::time_t when) {
  std::tm local{};
  localtime_r(&when, &local);
  char text[32];
  std::snprintf(text, sizeof text, "%02d/%02d %02d:%02d", local.tm_mday, local.tm_mon + 1, local.tm_hour, local.tm_min);
  return text;
}

std::string lastErrorOf(const UiContext& ctx, const std::string& worker) {
  const auto& errors = ctx.state.ops.lastErrors;
  const auto it = errors.find(worker);
  if (it == errors.end()) return "";
  return (it->second.at ? clockText(it->second.at) + "  " : std::string()) + it->second.text;
}

// A device behind a worker: its state and detail, or "not configured".
DeviceRow workerRow(const UiContext& ctx, const char* label, const char* icon, const std::string& worker, bool enabled) {
  DeviceRow row{label, icon, kOff, ctx.tr("staff.dashboard.not_configured"), lastErrorOf(ctx, worker)};
  const auto& entries = ctx.state.devices.entries();
  const auto it = entries.find(worker);
  if (it != entries.end()) {
    row.color = workerStateColor(it->second.state, kOff);
    row.value = std::string(devices::toString(it->second.state)) + " · " + it->second.detail;
  } else if (enabled) {
    row.color = theme::kHighlight;
    row.value = ctx.tr("staff.dashboard.no_report");
  }
  return row;
}

std::string megabytes(std::uint64_t bytes) {
  char text[32];
  if (bytes >= 1024 * kMiB) {
    std::snprintf(text, sizeof text, "%.1f GB", static_cast<double>(bytes) / static_cast<double>(1024 * kMiB));
  } else {
    std::snprintf(text, sizeof text, "%llu MB", static_cast<unsigned long long>(bytes / kMiB));
  }
  return text;
}

}  // namespace

std::vector<DeviceRow> deviceRows(const UiContext& ctx) {
  const core::KioskState& s = ctx.state;
  std::vector<DeviceRow> rows;
  rows.push_back(workerRow(ctx, "staff.dashboard.printer", icons::kPrint, "printer", s.config.printer.enabled()));
  rows.push_back(workerRow(ctx, "staff.dashboard.reader", icons::kBarcode, "reader", s.config.reader.enabled()));
  rows.push_back(workerRow(ctx, "staff.dashboard.camera", icons::kCamera, "camera", false));

  DeviceRow content{"staff.dashboard.content", icons::kFileText, theme::kSuccess, ctx.tr("staff.dashboard.ok"), ""};
  if (!s.contentProblems.empty()) {
    content.color = theme::kDanger;
    content.value = s.i18n.format("staff.dashboard.problems", {{"count", std::to_string(s.contentProblems.size())}});
    content.lastError = s.contentProblems.front();
  }
  rows.push_back(std::move(content));

  DeviceRow database{"staff.dashboard.database", icons::kShield, theme::kSuccess, ctx.tr("staff.dashboard.ok"),
                     lastErrorOf(ctx, "leads")};
  if (!s.leads.query) {  // no lead worker (screenshots)
    database.color = kOff;
    database.value = ctx.tr("staff.dashboard.no_report");
  } else if (!s.leads.storeOpen || s.leads.status.needsStaff()) {
    database.color = theme::kDanger;
    database.value = ctx.tr("staff.leads.open_alarm");
  }
  if (s.leads.status.lastWriteError) database.lastError = s.leads.status.lastWriteError->message;
  if (!s.ops.usageProblem.empty()) database.lastError = s.ops.usageProblem;
  rows.push_back(std::move(database));

  DeviceRow disk{"staff.dashboard.disk", icons::kGauge, kOff, ctx.tr("staff.dashboard.no_report"), ""};
  if (s.ops.dataFreeBytes) {
    const std::uint64_t free = *s.ops.dataFreeBytes;
    disk.color = free < 512 * kMiB ? theme::kDanger : free < 2048 * kMiB ? theme::kHighlight : theme::kSuccess;
    disk.value = s.i18n.format("staff.dashboard.free", {{"size", megabytes(free)}});
  }
  rows.push_back(std::move(disk));

  DeviceRow backup{"staff.dashboard.backup", icons::kClock, kOff, ctx.tr("staff.dashboard.none_yet"), ""};
  if (!s.leads.status.lastBackup.empty()) {
    backup.color = theme::kSuccess;
    backup.value = s.leads.status.lastBackup.filename().string();
  }
  rows.push_back(std::move(backup));

  const core::SyncStatus& sync = s.ops.sync;
  DeviceRow syncRow{"staff.dashboard.sync", icons::kHandshake, kOff, ctx.tr("staff.dashboard.sync_off"), ""};
  if (sync.configured) {
    syncRow.color = sync.failuresInARow > 0 ? theme::kHighlight : sync.lastSuccess ? theme::kSuccess : kOff;
    syncRow.value = sync.lastSuccess ? clockText(sync.lastSuccess) : ctx.tr("staff.dashboard.never");
    if (sync.pending)
      syncRow.value += " · " + s.i18n.format("staff.dashboard.pending", {{"count", std::to_string(*sync.pending)}});
    if (!sync.lastError.empty())
      syncRow.lastError = (sync.lastErrorAt ? clockText(sync.lastErrorAt) + "  " : std::string()) + sync.lastError;
  }
  rows.push_back(std::move(syncRow));
  return rows;
}

float deviceStatusCard(const UiContext& ctx, ImVec2 pos, float width) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float pad = ctx.px(24);
  const auto rows = deviceRows(ctx);
  const float row = ctx.px(62);
  const float height = pad * 2 + ctx.px(52) + row * static_cast<float>(rows.size());
  drawCard(list, pos, ImVec2(pos.x + width, pos.y + height), theme::kSurface, ctx.px(theme::kRadius), ctx.px(4));
  drawText(list, ctx.fonts.bodyBold, ImVec2(pos.x + pad, pos.y + pad * 0.7f), theme::kBrand,
           ctx.tr("staff.dashboard.devices"));
  float y = pos.y + pad + ctx.px(52);
  const float labelWidth = ctx.px(210);
  for (const DeviceRow& r : rows) {
    list->AddCircleFilled(ImVec2(pos.x + pad + ctx.px(9), y + ctx.px(15)), ctx.px(9), r.color, 20);
    drawText(list, ctx.fonts.small, ImVec2(pos.x + pad + ctx.px(28), y + ctx.px(2)), theme::kText, ctx.tr(r.label));
    const float valueX = pos.x + pad + ctx.px(28) + labelWidth;
    ImGui::PushClipRect(ImVec2(valueX, y), ImVec2(pos.x + width - pad, y + row), true);
    drawText(list, ctx.fonts.small, ImVec2(valueX, y + ctx.px(2)), theme::kText, r.value.c_str());
    if (!r.lastError.empty()) {
      const std::string text = std::string(icons::kWarning) + " " + r.lastError;
      drawText(list, ctx.fonts.small, ImVec2(valueX, y + ctx.px(30)), theme::kDanger, text.c_str());
    }
    ImGui::PopClipRect();
    y += row;
  }
  return height;
}

}  // namespace kiosk::ui
