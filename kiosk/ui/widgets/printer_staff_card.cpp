#include "kiosk/ui/widgets/printer_staff_card.h"

#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "kiosk/ui/icons.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"

namespace kiosk::ui {
namespace {

using devices::marlin::FaultKind;
using devices::marlin::PrinterSnapshot;

std::string temperatures(const PrinterSnapshot& s) {
  if (!s.temperature) return "-";
  char text[96];
  const auto& t = *s.temperature;
  const double hotend = t.hotends.empty() ? 0 : t.hotends.front().actual;
  const double hotendTarget = t.hotends.empty() ? 0 : t.hotends.front().target.value_or(0);
  const double bed = t.bed ? t.bed->actual : 0;
  const double bedTarget = t.bed ? t.bed->target.value_or(0) : 0;
  std::snprintf(text, sizeof text, "T %.0f/%.0f °C  B %.0f/%.0f °C", hotend, hotendTarget, bed, bedTarget);
  return text;
}

}  // namespace

float printerStaffCard(const UiContext& ctx, ImVec2 pos, float width) {
  const core::PrinterDesk& desk = ctx.state.printer;
  std::vector<std::pair<std::string, std::string>> rows;
  if (!desk.configured) {
    rows.emplace_back(ctx.tr("printer.staff.state"), ctx.tr("printer.staff.not_configured"));
  } else if (const PrinterSnapshot* s = desk.snapshot()) {
    rows.emplace_back(ctx.tr("printer.staff.state"),
                      std::string(toString(s->link)) + " / " + std::string(toString(s->job)));
    rows.emplace_back(ctx.tr("printer.staff.port"), s->port.empty() ? "-" : s->port);
    rows.emplace_back(ctx.tr("printer.staff.firmware"), s->firmware.name.empty() ? "-" : s->firmware.name);
    rows.emplace_back(ctx.tr("printer.staff.temperatures"), temperatures(*s));
    rows.emplace_back(ctx.tr("printer.staff.link"),
                      "resend " + std::to_string(s->counters.resendRequests) + ", timeout " +
                          std::to_string(s->counters.timeouts) + ", error " + std::to_string(s->counters.firmwareErrors));
    if (s->fault != FaultKind::None) {
      rows.emplace_back(ctx.tr("printer.staff.fault"), std::string(toString(s->fault)) + ": " + s->faultDetail);
    }
  } else {
    rows.emplace_back(ctx.tr("printer.staff.state"), ctx.tr("printer.staff.waiting"));
  }
  if (!desk.galleryProblem.empty()) rows.emplace_back(ctx.tr("printer.staff.gallery"), desk.galleryProblem);

  ImDrawList* list = ImGui::GetWindowDrawList();
  const float pad = ctx.px(28);
  const float labelW = width * 0.3f;
  const float wrap = width - pad * 2 - labelW;
  float height = pad + ctx.fonts.heading->FontSize + ctx.px(16);
  for (const auto& [label, value] : rows) height += textSize(ctx.fonts.body, value.c_str(), wrap).y + ctx.px(10);
  height += pad;
  drawCard(list, pos, ImVec2(pos.x + width, pos.y + height), theme::kSurface, ctx.px(theme::kRadius), ctx.px(3));
  float y = pos.y + pad;
  drawText(list, ctx.fonts.heading, ImVec2(pos.x + pad, y), theme::kBrand,
           (std::string(icons::kPrint) + "  " + ctx.tr("printer.staff.title")).c_str());
  y += ctx.fonts.heading->FontSize + ctx.px(16);
  for (const auto& [label, value] : rows) {
    drawText(list, ctx.fonts.body, ImVec2(pos.x + pad, y), theme::kTextMuted, label.c_str());
    drawText(list, ctx.fonts.body, ImVec2(pos.x + pad + labelW, y), theme::kText, value.c_str(), wrap);
    y += textSize(ctx.fonts.body, value.c_str(), wrap).y + ctx.px(10);
  }
  return height;
}

}  // namespace kiosk::ui
