#include "kiosk/ui/screens/staff_panel_screen.h"

#include <string>

#include "kiosk/ui/icons.h"
#include "kiosk/ui/navigator.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/assessment_stats_card.h"
#include "kiosk/ui/widgets/drawing.h"
#include "kiosk/ui/widgets/media_staff_card.h"
#include "kiosk/ui/widgets/printer_staff_card.h"
#include "kiosk/ui/widgets/touch_button.h"
#include "kiosk/ui/widgets/worker_state_color.h"

namespace kiosk::ui {
namespace {

std::string formatDuration(std::chrono::steady_clock::duration d) {
  const long long s = std::chrono::duration_cast<std::chrono::seconds>(d).count();
  char text[32];
  std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", s / 3600, (s / 60) % 60, s % 60);
  return text;
}

// "label ........ value" rows inside a card.
void factRow(const UiContext& ctx, ImVec2 pos, float width, const char* label, const std::string& value) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  drawText(list, ctx.fonts.body, pos, theme::kTextMuted, label);
  const float valueWidth = textSize(ctx.fonts.bodyBold, value.c_str()).x;
  drawText(list, ctx.fonts.bodyBold, ImVec2(pos.x + width - valueWidth, pos.y), theme::kText, value.c_str());
}

}  // namespace

void StaffPanelScreen::onEnter(UiContext& /*ctx*/) { m_confirmQuit = false; }

void StaffPanelScreen::draw(UiContext& ctx) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float margin = ctx.px(theme::kMargin);
  const float top = ctx.px(theme::kHeaderHeight) + ctx.px(40);
  drawText(list, ctx.fonts.title, ImVec2(margin, top), theme::kText, ctx.tr("staff.title"));
  const float body = top + ctx.px(100);
  const float gap = ctx.px(32);
  const float column = (ctx.size.x - margin * 2 - gap * 2) / 3.0f;
  drawFacts(ctx, ImVec2(margin, body), column);
  drawWorkers(ctx, ImVec2(margin + column + gap, body), column);
  drawActions(ctx, ImVec2(margin + (column + gap) * 2, body), column);
  // Uptime and worker ages tick: one frame a second while staff look at the panel.
  ctx.frames.requestFrameAt(ctx.now + std::chrono::seconds(1));
}

void StaffPanelScreen::drawFacts(UiContext& ctx, ImVec2 pos, float width) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float pad = ctx.px(32);
  const float row = ctx.px(52);
  const std::pair<const char*, std::string> facts[] = {
      {"staff.kiosk_id", ctx.state.config.kioskId},
      {"staff.version", KIOSK_VERSION},
      {"staff.uptime", formatDuration(ctx.now - ctx.state.startedAt)},
      {"staff.sessions", std::to_string(ctx.state.session.number)},
      {"staff.languages", std::to_string(ctx.state.i18n.languages().size())},
  };
  const float height = pad * 2 + ctx.px(64) + row * static_cast<float>(std::size(facts));
  drawCard(list, pos, ImVec2(pos.x + width, pos.y + height), theme::kSurface, ctx.px(theme::kRadius), ctx.px(4));
  drawText(list, ctx.fonts.heading, ImVec2(pos.x + pad, pos.y + pad), theme::kBrand, ctx.tr("staff.facts"));
  float y = pos.y + pad + ctx.px(64);
  for (const auto& [label, value] : facts) {
    factRow(ctx, ImVec2(pos.x + pad, y), width - pad * 2, ctx.tr(label), value);
    y += row;
  }
  y = pos.y + height + ctx.px(28);
  y += assessmentStatsCard(ctx, ImVec2(pos.x, y), width);
  if (!ctx.state.contentProblems.empty()) {
    y += ctx.px(40);
    drawText(list, ctx.fonts.bodyBold, ImVec2(pos.x, y), theme::kDanger,
             (std::string(icons::kWarning) + "  " + ctx.tr("staff.content_problems")).c_str());
    y += ctx.px(44);
    for (const std::string& problem : ctx.state.contentProblems) {
      drawText(list, ctx.fonts.small, ImVec2(pos.x, y), theme::kText, problem.c_str(), width);
      y += textSize(ctx.fonts.small, problem.c_str(), width).y + ctx.px(8);
    }
  }
}

void StaffPanelScreen::drawWorkers(UiContext& ctx, ImVec2 pos, float width) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float pad = ctx.px(32);
  const float row = ctx.px(96);
  const auto& entries = ctx.state.devices.entries();
  const float height = pad * 2 + ctx.px(64) + row * static_cast<float>(std::max<std::size_t>(entries.size(), 1));
  drawCard(list, pos, ImVec2(pos.x + width, pos.y + height), theme::kSurface, ctx.px(theme::kRadius), ctx.px(4));
  drawText(list, ctx.fonts.heading, ImVec2(pos.x + pad, pos.y + pad), theme::kBrand, ctx.tr("staff.workers"));
  float y = pos.y + pad + ctx.px(64);
  if (entries.empty()) drawText(list, ctx.fonts.body, ImVec2(pos.x + pad, y), theme::kTextMuted, ctx.tr("staff.no_workers"));
  for (const auto& [name, status] : entries) {
    list->AddCircleFilled(ImVec2(pos.x + pad + ctx.px(10), y + ctx.px(20)), ctx.px(9), workerStateColor(status.state), 20);
    drawText(list, ctx.fonts.bodyBold, ImVec2(pos.x + pad + ctx.px(32), y), theme::kText, name.c_str());
    const std::string age = ctx.state.i18n.format(
        "staff.seconds_ago", {{"seconds", std::to_string(std::chrono::duration_cast<std::chrono::seconds>(
                                                             ctx.now - status.at).count())}});
    const std::string state = std::string(devices::toString(status.state)) + " · " + status.detail + " · " + age;
    drawText(list, ctx.fonts.small, ImVec2(pos.x + pad + ctx.px(32), y + ctx.px(42)), theme::kTextMuted, state.c_str());
    y += row;
  }
  printerStaffCard(ctx, ImVec2(pos.x, pos.y + height + ctx.px(28)), width);
}

void StaffPanelScreen::drawActions(UiContext& ctx, ImVec2 pos, float width) {
  const ImVec2 size(width, ctx.px(theme::kButtonHeight));
  if (touchButton(ctx, "##close", pos, size, primaryLook(ctx, theme::kBrand), ctx.tr("staff.close"), icons::kCheck)) {
    ctx.nav.resetTo(ScreenId::Attract);
  }
  pos.y += size.y + ctx.px(28);
  // The leads, with a red button while the store needs staff (damaged file, leads not on disk).
  const auto& desk = ctx.state.leads;
  const bool alarm = desk.query && (!desk.storeOpen || desk.status.needsStaff());  // no service: screenshots
  const ButtonLook leadsLook = alarm ? primaryLook(ctx, theme::kDanger) : secondaryLook(ctx);
  if (touchButton(ctx, "##leads", pos, size, leadsLook, ctx.tr(alarm ? "staff.leads.open_alarm" : "staff.leads.open"),
                  alarm ? icons::kWarning : icons::kUser)) {
    ctx.nav.go(ScreenId::StaffLeads);
  }
  pos.y += size.y + ctx.px(28);
  if (touchButton(ctx, "##dashboard", pos, size, secondaryLook(ctx), ctx.tr("staff.dashboard.open"), icons::kGauge)) {
    ctx.nav.go(ScreenId::StaffDashboard);
  }
  pos.y += size.y + ctx.px(28);
  if (!m_confirmQuit) mediaStaffCard(ctx, ImVec2(pos.x, pos.y + size.y + ctx.px(28)), width);  // under "quit"
  if (!m_confirmQuit) {
    if (touchButton(ctx, "##quit", pos, size, secondaryLook(ctx), ctx.tr("staff.quit"), icons::kPowerOff)) {
      m_confirmQuit = true;
    }
    return;
  }
  if (touchButton(ctx, "##quit-confirm", pos, size, primaryLook(ctx, theme::kDanger), ctx.tr("staff.quit_confirm"),
                  icons::kPowerOff)) {
    ctx.state.quitRequested = true;
  }
  pos.y += size.y + ctx.px(20);
  if (touchButton(ctx, "##quit-cancel", pos, size, secondaryLook(ctx), ctx.tr("common.cancel"))) m_confirmQuit = false;
}

}  // namespace kiosk::ui
