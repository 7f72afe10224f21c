#include "kiosk/ui/screens/staff_dashboard_screen.h"

#include <string>

#include "kiosk/core/lead_form.h"
#include "kiosk/core/pin_hash.h"
#include "kiosk/ui/icons.h"
#include "kiosk/ui/navigator.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/day_bar_chart.h"
#include "kiosk/ui/widgets/device_status_card.h"
#include "kiosk/ui/widgets/drawing.h"
#include "kiosk/ui/widgets/sector_score_table.h"
#include "kiosk/ui/widgets/touch_button.h"

namespace kiosk::ui {
namespace {

using PinChange = core::OperationsDesk::PinChange;

std::vector<DayValue> perDay(const core::UsageSummary& usage, core::UsageKind kind) {
  std::vector<DayValue> out;
  for (const core::UsageDay& d : usage.days) out.push_back({d.day, d.totals.of(kind)});
  return out;
}

// One figure: today big, this event under it.
void glanceTile(const UiContext& ctx, ImVec2 pos, ImVec2 size, const char* label, const char* icon, ImU32 accent,
                int today, int event) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float pad = ctx.px(22);
  drawCard(list, pos, ImVec2(pos.x + size.x, pos.y + size.y), theme::kSurface, ctx.px(theme::kRadius), ctx.px(4));
  list->AddRectFilled(pos, ImVec2(pos.x + ctx.px(8), pos.y + size.y), accent, ctx.px(theme::kRadius),
                      ImDrawFlags_RoundCornersLeft);
  drawText(list, ctx.fonts.small, ImVec2(pos.x + pad, pos.y + pad * 0.8f), theme::kTextMuted,
           (std::string(icon) + "  " + label).c_str());
  const std::string value = std::to_string(today);
  drawText(list, ctx.fonts.title, ImVec2(pos.x + pad, pos.y + ctx.px(48)), theme::kText, value.c_str());
  const std::string sub = ctx.state.i18n.format("staff.dashboard.this_event_count", {{"count", std::to_string(event)}});
  drawText(list, ctx.fonts.small, ImVec2(pos.x + pad, pos.y + size.y - pad - ctx.fonts.small->FontSize), theme::kTextMuted,
           sub.c_str());
}

}  // namespace

void StaffDashboardScreen::onEnter(UiContext& ctx) {
  m_confirm = Confirm::None;
  m_pinStep = PinStep::Closed;
  m_pad.clear();
  core::scrub(m_firstPin);
  m_pinMessage = nullptr;
  if (ctx.state.ops.pinChange != PinChange::Saving) ctx.state.ops.pinChange = PinChange::Idle;
}

void StaffDashboardScreen::onLeave() {
  m_pad.clear();
  core::scrub(m_firstPin);
}

void StaffDashboardScreen::draw(UiContext& ctx) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const core::OperationsDesk& ops = ctx.state.ops;
  const float margin = ctx.px(48);
  const float top = ctx.px(theme::kHeaderHeight) + ctx.px(20);
  drawText(list, ctx.fonts.heading, ImVec2(margin, top), theme::kText, ctx.tr("staff.dashboard.title"));
  // The day and the event the figures are about, right-aligned on the title line.
  std::string about = ops.usage.today;
  const std::string& event = ctx.state.leads.eventName.empty() ? ops.usage.event : ctx.state.leads.eventName;
  about += "  ·  " + (event.empty() ? std::string(ctx.tr("staff.dashboard.no_event")) : event);
  if (ops.sample) about += "  ·  " + std::string(ctx.tr("staff.dashboard.sample"));
  const float titleWidth = textSize(ctx.fonts.heading, ctx.tr("staff.dashboard.title")).x;
  drawText(list, ctx.fonts.body, ImVec2(margin + titleWidth + ctx.px(32), top + ctx.px(6)), theme::kTextMuted,
           about.c_str());
  const ImVec2 backSize(ctx.px(400), ctx.px(64));
  if (touchButton(ctx, "##to-panel", ImVec2(ctx.size.x - margin - backSize.x, top - ctx.px(6)), backSize,
                  secondaryLook(ctx), ctx.tr("staff.leads.back"), icons::kChevronLeft)) {
    ctx.nav.back();
  }

  const float gap = ctx.px(24);
  const float body = top + ctx.px(68);
  const float rightWidth = ctx.px(640);
  const float leftWidth = ctx.size.x - margin * 2 - gap - rightWidth;
  drawAtAGlance(ctx, ImVec2(margin, body), leftWidth);
  const float rightX = margin + leftWidth + gap;
  const float devices = deviceStatusCard(ctx, ImVec2(rightX, body), rightWidth);
  drawActions(ctx, ImVec2(rightX, body + devices + gap), rightWidth);
  if (!ops.usageOpen && !ops.usageProblem.empty()) {
    drawText(list, ctx.fonts.small, ImVec2(margin, ctx.size.y - ctx.px(40)), theme::kDanger,
             (std::string(icons::kWarning) + "  " + ops.usageProblem).c_str());
  }
  if (m_pinStep != PinStep::Closed) drawPinChange(ctx);
  // Worker states and ages change: a frame every few seconds while staff look at it.
  ctx.frames.requestFrameAt(ctx.now + std::chrono::seconds(2));
}

void StaffDashboardScreen::drawAtAGlance(UiContext& ctx, ImVec2 pos, float width) {
  const core::UsageSummary& usage = ctx.state.ops.usage;
  const float gap = ctx.px(20);
  const ImVec2 tile((width - gap * 3) / 4.0f, ctx.px(170));
  struct Figure {
    const char* label;
    const char* icon;
    ImU32 accent;
    core::UsageKind kind;
  };
  const Figure figures[] = {
      {"staff.dashboard.visitors", icons::kUser, theme::kBrand, core::UsageKind::Session},
      {"staff.dashboard.assessments", icons::kGauge, theme::kAssessment, core::UsageKind::Assessment},
      {"staff.dashboard.leads", icons::kHandshake, theme::kContact, core::UsageKind::Lead},
      {"staff.dashboard.demos", icons::kCube, theme::kDemos, core::UsageKind::Demo},
  };
  for (std::size_t i = 0; i < std::size(figures); ++i) {
    const Figure& f = figures[i];
    glanceTile(ctx, ImVec2(pos.x + (tile.x + gap) * static_cast<float>(i), pos.y), tile, ctx.tr(f.label), f.icon,
               f.accent, usage.todayTotals.of(f.kind), usage.eventTotals.of(f.kind));
  }
  float y = pos.y + tile.y + gap;
  const ImVec2 chart((width - gap) / 2.0f, ctx.px(260));
  dayBarChart(ctx, ImVec2(pos.x, y), chart, ctx.tr("staff.dashboard.visitors_per_day"),
              perDay(usage, core::UsageKind::Session), theme::kBrand);
  dayBarChart(ctx, ImVec2(pos.x + chart.x + gap, y), chart, ctx.tr("staff.dashboard.leads_per_day"),
              perDay(usage, core::UsageKind::Lead), theme::kContact);
  y += chart.y + gap;
  sectorScoreTable(ctx, ImVec2(pos.x, y), ImVec2(width, ctx.size.y - y - ctx.px(48)));
}

void StaffDashboardScreen::drawActions(UiContext& ctx, ImVec2 pos, float width) {
  const float gap = ctx.px(16);
  const ImVec2 size((width - gap) / 2.0f, ctx.px(84));
  const ImVec2 second(pos.x + size.x + gap, pos.y);
  if (touchButton(ctx, "##event", pos, size, secondaryLook(ctx), ctx.tr("staff.dashboard.event"), icons::kUser)) {
    ctx.nav.go(ScreenId::StaffLeads);  // the event name is set there, with the leads it labels
  }
  if (touchButton(ctx, "##pin", second, size, secondaryLook(ctx), ctx.tr("staff.dashboard.change_pin"), icons::kLock)) {
    m_pinStep = PinStep::First;
    m_pinMessage = nullptr;
    m_pad.clear();
  }
  const ImVec2 row2(pos.x, pos.y + size.y + gap);
  const ImVec2 row2b(second.x, row2.y);
  if (m_confirm == Confirm::None) {
    if (touchButton(ctx, "##restart", row2, size, secondaryLook(ctx), ctx.tr("staff.dashboard.restart"), icons::kClock))
      m_confirm = Confirm::Restart;
    if (touchButton(ctx, "##quit", row2b, size, secondaryLook(ctx), ctx.tr("staff.quit"), icons::kPowerOff))
      m_confirm = Confirm::Quit;
    return;
  }
  const bool restart = m_confirm == Confirm::Restart;
  if (touchButton(ctx, "##confirm", row2, size, primaryLook(ctx, theme::kDanger),
                  ctx.tr(restart ? "staff.dashboard.restart_confirm" : "staff.quit_confirm"),
                  restart ? icons::kClock : icons::kPowerOff)) {
    (restart ? ctx.state.ops.restartRequested : ctx.state.quitRequested) = true;
  }
  if (touchButton(ctx, "##cancel", row2b, size, secondaryLook(ctx), ctx.tr("common.cancel"))) m_confirm = Confirm::None;
}

void StaffDashboardScreen::submitPin(UiContext& ctx) {
  std::string digits = m_pad.digits();
  m_pad.clear();
  struct Scrub {
    std::string& text;
    ~Scrub() { core::scrub(text); }
  } scrubDigits{digits};
  if (m_pinStep == PinStep::First) {
    if (!core::isWellFormedPin(digits)) {
      m_pinMessage = "staff.dashboard.pin_short";
      return;
    }
    m_firstPin = digits;
    m_pinStep = PinStep::Second;
    m_pinMessage = nullptr;
    return;
  }
  const bool same = digits == m_firstPin;
  core::scrub(m_firstPin);
  if (!same) {
    m_pinStep = PinStep::First;
    m_pinMessage = "staff.dashboard.pin_mismatch";
    return;
  }
  if (ctx.state.ops.changePin) ctx.state.ops.changePin(digits);
  m_pinStep = PinStep::Done;
}

void StaffDashboardScreen::drawPinChange(UiContext& ctx) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  list->AddRectFilled(ImVec2(0, 0), ctx.size, theme::kScrim);
  const ImVec2 padSize = PinPad::size(ctx);
  const float pad = ctx.px(36);
  const ImVec2 buttonSize(padSize.x, ctx.px(84));
  const ImVec2 card(padSize.x + ctx.px(260), pad * 2 + ctx.px(112) + padSize.y + ctx.px(24) + buttonSize.y);
  const ImVec2 min((ctx.size.x - card.x) * 0.5f, (ctx.size.y - card.y) * 0.5f);
  drawCard(list, min, ImVec2(min.x + card.x, min.y + card.y), theme::kSurface, ctx.px(theme::kRadius), ctx.px(6));
  const float centerX = ctx.size.x * 0.5f;
  float y = min.y + pad;
  const char* title = m_pinStep == PinStep::Second ? "staff.dashboard.pin_again" : "staff.dashboard.pin_new";
  drawTextCentered(list, ctx.fonts.heading, ImVec2(centerX, y + ctx.px(24)), theme::kBrand,
                   (std::string(icons::kLock) + "  " + ctx.tr(title)).c_str());
  y += ctx.px(60);

  if (m_pinStep == PinStep::Done) {
    const PinChange state = ctx.state.ops.pinChange;
    const char* key = state == PinChange::Saved    ? "staff.dashboard.pin_saved"
                      : state == PinChange::Failed ? "staff.dashboard.pin_failed"
                                                   : "staff.dashboard.pin_saving";
    std::string text = ctx.tr(key);
    if (state == PinChange::Failed) text += " " + ctx.state.ops.pinChangeError;
    drawParagraphCentered(list, ctx.fonts.body, ImVec2(min.x + pad, y + padSize.y * 0.4f), card.x - pad * 2,
                          state == PinChange::Failed ? theme::kDanger : theme::kText, text.c_str());
    y += ctx.px(52) + padSize.y + ctx.px(24);
    if (state != PinChange::Saving &&
        touchButton(ctx, "##pin-done", ImVec2(centerX - buttonSize.x * 0.5f, y), buttonSize,
                    primaryLook(ctx, theme::kBrand), ctx.tr("staff.dashboard.done"), icons::kCheck)) {
      m_pinStep = PinStep::Closed;
    }
    return;
  }
  drawTextCentered(list, ctx.fonts.body, ImVec2(centerX, y + ctx.px(24)), m_pinMessage ? theme::kDanger : theme::kTextMuted,
                   ctx.tr(m_pinMessage ? m_pinMessage : "staff.dashboard.pin_prompt"));
  y += ctx.px(52);
  if (m_pad.draw(ctx, ImVec2(centerX - padSize.x * 0.5f, y), true)) submitPin(ctx);
  y += padSize.y + ctx.px(24);
  if (touchButton(ctx, "##pin-cancel", ImVec2(centerX - buttonSize.x * 0.5f, y), buttonSize, secondaryLook(ctx),
                  ctx.tr("common.cancel"))) {
    m_pad.clear();
    core::scrub(m_firstPin);
    m_pinStep = PinStep::Closed;
  }
}

}  // namespace kiosk::ui
