#include "kiosk/ui/screens/printer_screen_steps.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "kiosk/core/printer_readout.h"
#include "kiosk/ui/icons.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"
#include "kiosk/ui/widgets/print_job_card.h"
#include "kiosk/ui/widgets/progress_bar.h"
#include "kiosk/ui/widgets/section_intro.h"
#include "kiosk/ui/widgets/temperature_plot.h"
#include "kiosk/ui/widgets/touch_button.h"

namespace kiosk::ui::printer_steps {
namespace {

using demos::DemoStep;
using demos::DemoView;
using devices::marlin::LinkState;

constexpr float kGap = 40.0f;
constexpr float kBottom = 48.0f;      // free space under the cards
constexpr float kBigButton = 112.0f;  // staff buttons: gloved or hurried fingers

float bottom(const UiContext& ctx) { return ctx.size.y - ctx.px(kBottom); }
float margin(const UiContext& ctx) { return ctx.px(theme::kMargin); }

// A staff-only button shows a padlock until staff typed the PIN.
std::string staffLabel(const char* icon, bool unlocked, const char* label) {
  return std::string(unlocked ? icon : icons::kLock) + "  " + label;
}

const demos::GalleryJob* jobOf(const UiContext& ctx, const DemoView& view) {
  return ctx.state.printer.gallery.find(view.jobId);
}

// The printer's state as a pill: green when ready, amber while connecting, red otherwise.
void statusPill(const UiContext& ctx, float right, float centerY) {
  const core::PrinterDesk& desk = ctx.state.printer;
  const auto* s = desk.snapshot();
  const char* key = "printer.status.offline";
  ImU32 color = theme::kDanger;
  if (s && s->link == LinkState::Ready) {
    key = "printer.status.ready";
    color = theme::kSuccess;
  } else if (s && s->link == LinkState::Connecting) {
    key = "printer.status.connecting";
    color = theme::kHighlight;
  } else if (s && s->link == LinkState::Faulted) {
    key = "printer.status.faulted";
  }
  ImDrawList* list = ImGui::GetWindowDrawList();
  const char* text = ctx.tr(key);
  const ImVec2 ts = textSize(ctx.fonts.bodyBold, text);
  const float h = ctx.px(64), dot = ctx.px(10);
  const float w = ts.x + ctx.px(28) * 2 + dot * 2 + ctx.px(14);
  const ImVec2 min(right - w, centerY - h * 0.5f);
  list->AddRectFilled(min, ImVec2(right, min.y + h), theme::withAlpha(color, 34), h * 0.5f);
  list->AddCircleFilled(ImVec2(min.x + ctx.px(28) + dot, centerY), dot, color, 24);
  drawText(list, ctx.fonts.bodyBold, ImVec2(min.x + ctx.px(28) + dot * 2 + ctx.px(14), centerY - ts.y * 0.5f),
           theme::shade(color, 0.75f), text);
}

// A labelled value, the label small above the value: "Strato" / "12 di 40".
void fact(const UiContext& ctx, ImVec2 pos, const char* label, const std::string& value) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  drawText(list, ctx.fonts.body, pos, theme::kTextMuted, label);
  drawText(list, ctx.fonts.heading, ImVec2(pos.x, pos.y + ctx.px(40)), theme::kText, value.c_str());
}

// A heater's bar with its name and "150 / 210 °C"; returns the height used.
float heaterRow(const UiContext& ctx, ImVec2 pos, float width, const char* name, ImU32 color,
                const std::optional<core::HeaterProgress>& heater) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  drawText(list, ctx.fonts.bodyBold, pos, theme::kText, name);
  char value[48];
  if (heater) {
    std::snprintf(value, sizeof value, "%.0f / %.0f °C", heater->actual, heater->target);
  } else {
    std::snprintf(value, sizeof value, "-");
  }
  const ImVec2 vs = textSize(ctx.fonts.bodyBold, value);
  drawText(list, ctx.fonts.bodyBold, ImVec2(pos.x + width - vs.x, pos.y), theme::kText, value);
  progressBar(ctx, ImVec2(pos.x, pos.y + ctx.px(48)), ImVec2(width, ctx.px(32)), heater ? heater->fraction : 0.0,
              color);
  return ctx.px(48 + 32 + 28);
}

void notice(const UiContext& ctx, ImVec2 pos, float width, ImU32 color, const char* icon, const char* text) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float pad = ctx.px(24);
  const float wrap = width - pad * 3 - ctx.px(40);
  const float h = std::max(ctx.px(40), textSize(ctx.fonts.bodyBold, text, wrap).y) + pad * 2;
  list->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + h), theme::withAlpha(color, 30), ctx.px(16));
  drawText(list, ctx.fonts.bodyBold, ImVec2(pos.x + pad, pos.y + pad), color, icon);
  drawText(list, ctx.fonts.bodyBold, ImVec2(pos.x + pad * 2 + ctx.px(40), pos.y + pad), theme::shade(color, 0.8f), text,
           wrap);
}

}  // namespace

float titleRow(const UiContext& ctx, const char* subtitle) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float top = ctx.px(theme::kHeaderHeight) + ctx.px(32);
  const float radius = ctx.px(44);
  const float m = margin(ctx);
  drawIconBadge(list, ctx.fonts.icon, ctx.px(40), ImVec2(m + radius, top + radius), radius, theme::kDemos,
                theme::kTextOnDark, icons::kPrint);
  const float x = m + radius * 2 + ctx.px(32);
  drawText(list, ctx.fonts.title, ImVec2(x, top - ctx.px(8)), theme::kText, ctx.tr("printer.title"));
  drawText(list, ctx.fonts.body, ImVec2(x, top + ctx.px(56)), theme::kTextMuted, subtitle);
  statusPill(ctx, ctx.size.x - m, top + radius);
  return top + radius * 2 + ctx.px(32);
}

Tap gallery(const UiContext& ctx, float top) {
  const core::PrinterDesk& desk = ctx.state.printer;
  const float m = margin(ctx);
  const float width = ctx.size.x - m * 2;
  float y = top;
  const bool ready = desk.ready();
  if (!ready) {
    // Staff read this from a distance: what is wrong, and what to do about it.
    const char* action = desk.configured ? ctx.tr("demos.printer.action.check_printer")
                                         : ctx.tr("printer.offline.not_configured");
    const std::string text = std::string(ctx.tr("printer.offline.title")) + " " +
                             ctx.state.i18n.format("printer.staff_says", {{"action", action}});
    notice(ctx, ImVec2(m, y), width, theme::kDanger, icons::kWarning, text.c_str());
    y += ctx.px(88 + 24);
  } else {
    drawText(ImGui::GetWindowDrawList(), ctx.fonts.body, ImVec2(m, y), theme::kTextMuted, ctx.tr("printer.gallery.lead"),
             width);
    y += ctx.px(48 + 24);
  }
  Tap tap;
  const auto& jobs = desk.gallery.jobs;
  if (jobs.empty()) {
    notice(ctx, ImVec2(m, y), width, theme::kDanger, icons::kInfo, ctx.tr("printer.gallery.empty"));
    return tap;
  }
  const float gap = ctx.px(kGap);
  const float n = static_cast<float>(jobs.size());
  const ImVec2 card((width - gap * (n - 1)) / n, bottom(ctx) - y);
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    const ImVec2 pos(m + static_cast<float>(i) * (card.x + gap), y);
    if (printJobCard(ctx, pos, card, jobs[i], ready)) tap = {Action::Choose, jobs[i].id};
  }
  return tap;
}

Tap bedCheck(const UiContext& ctx, float top, const DemoView& view, bool staffUnlocked) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float m = margin(ctx), gap = ctx.px(kGap), pad = ctx.px(40);
  const float leftW = ctx.px(560);
  const ImVec2 leftMin(m, top), leftMax(m + leftW, bottom(ctx));
  drawCard(list, leftMin, leftMax, theme::kSurface, ctx.px(theme::kRadius), ctx.px(4));
  if (const demos::GalleryJob* job = jobOf(ctx, view)) {
    const float side = ctx.px(320);
    drawJobThumbnail(ctx, ImVec2(m + (leftW - side) * 0.5f, top + pad), side, *job);
    float y = top + pad + side + ctx.px(28);
    const char* title = jobText(ctx, job->title).c_str();
    drawText(list, ctx.fonts.heading, ImVec2(m + pad, y), theme::kText, title, leftW - pad * 2);
    y += textSize(ctx.fonts.heading, title, leftW - pad * 2).y + ctx.px(12);
    const std::string minutes = std::string(icons::kClock) + "  " +
                                ctx.state.i18n.format("printer.gallery.minutes", {{"minutes", std::to_string(job->durationMin)}});
    drawText(list, ctx.fonts.bodyBold, ImVec2(m + pad, y), theme::kTextMuted, minutes.c_str());
  }

  const ImVec2 rightMin(m + leftW + gap, top), rightMax(ctx.size.x - m, bottom(ctx));
  const float wrap = rightMax.x - rightMin.x - pad * 2;
  drawCard(list, rightMin, rightMax, theme::kSurface, ctx.px(theme::kRadius), ctx.px(4));
  float y = top + pad;
  drawText(list, ctx.fonts.heading, ImVec2(rightMin.x + pad, y), theme::kBrand,
           (std::string(icons::kShield) + "  " + ctx.tr("printer.bed.title")).c_str());
  y += ctx.px(64);
  const char* action = ctx.tr(view.staffActionKey.empty() ? "demos.printer.action.confirm_bed_clear"
                                                           : view.staffActionKey);
  drawText(list, ctx.fonts.title, ImVec2(rightMin.x + pad, y), theme::kText, action, wrap);
  y += textSize(ctx.fonts.title, action, wrap).y + ctx.px(24);
  drawText(list, ctx.fonts.body, ImVec2(rightMin.x + pad, y), theme::kTextMuted, ctx.tr("printer.bed.visitor"), wrap);
  y += textSize(ctx.fonts.body, ctx.tr("printer.bed.visitor"), wrap).y + ctx.px(32);
  if (!view.printerReady || !view.messageKey.empty()) {
    notice(ctx, ImVec2(rightMin.x + pad, y), wrap, theme::kDanger, icons::kWarning,
           ctx.tr(view.messageKey.empty() ? "demos.printer.notice.printer_not_ready" : view.messageKey));
  }

  Tap tap;
  const float buttonY = rightMax.y - pad - ctx.px(kBigButton);
  const ImVec2 confirmSize(ctx.px(720), ctx.px(kBigButton));
  const std::string confirm = staffLabel(icons::kCheck, staffUnlocked, ctx.tr("printer.bed.confirm"));
  if (touchButton(ctx, "##bed-clear", ImVec2(rightMin.x + pad, buttonY), confirmSize,
                  primaryLook(ctx, theme::kSuccess), confirm.c_str(), nullptr, view.printerReady)) {
    tap.action = Action::ConfirmBedClear;
  }
  const ImVec2 backSize(rightMax.x - pad - (rightMin.x + pad + confirmSize.x + ctx.px(24)), ctx.px(kBigButton));
  if (touchButton(ctx, "##bed-back", ImVec2(rightMax.x - pad - backSize.x, buttonY), backSize, secondaryLook(ctx),
                  ctx.tr("printer.bed.back"))) {
    tap.action = Action::Back;
  }
  return tap;
}

Tap printing(const UiContext& ctx, float top, const DemoView& view, bool staffUnlocked) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const core::PrinterDesk& desk = ctx.state.printer;
  const auto* snapshot = desk.snapshot();
  const float m = margin(ctx), gap = ctx.px(kGap), pad = ctx.px(40);
  const float leftW = ctx.px(800);
  const ImVec2 leftMin(m, top), leftMax(m + leftW, bottom(ctx));
  const float inner = leftW - pad * 2;
  drawCard(list, leftMin, leftMax, theme::kSurface, ctx.px(theme::kRadius), ctx.px(4));

  // What is being printed.
  float y = top + pad;
  const float thumb = ctx.px(120);
  if (const demos::GalleryJob* job = jobOf(ctx, view)) {
    drawJobThumbnail(ctx, ImVec2(m + pad, y), thumb, *job);
    drawText(list, ctx.fonts.heading, ImVec2(m + pad + thumb + ctx.px(28), y + ctx.px(10)), theme::kText,
             jobText(ctx, job->title).c_str(), inner - thumb - ctx.px(28));
  }
  const ImU32 stepColor = view.step == DemoStep::Paused ? theme::kHighlight
                          : view.step == DemoStep::Heating ? kHotendColor : theme::kDemos;
  const char* stepIcon = view.step == DemoStep::Paused ? icons::kPause
                         : view.step == DemoStep::Heating ? icons::kFire : icons::kPrint;
  statusChip(ctx, ImVec2(m + pad + thumb + ctx.px(28), y + ctx.px(70)), stepColor,
             (std::string(stepIcon) + "  " + ctx.tr(view.stepKey)).c_str());
  y += thumb + ctx.px(36);

  if (view.step == DemoStep::Heating) {
    const core::HeatingProgress heat = snapshot ? core::heatingProgress(*snapshot) : core::HeatingProgress{};
    const std::optional<double> overall = heat.overall();
    char percent[16];
    std::snprintf(percent, sizeof percent, "%.0f %%", 100.0 * overall.value_or(0.0));
    drawText(list, ctx.fonts.display, ImVec2(m + pad, y), stepColor, percent);
    y += ctx.fonts.display->FontSize + ctx.px(16);
    y += heaterRow(ctx, ImVec2(m + pad, y), inner, ctx.tr("printer.heater.hotend"), kHotendColor, heat.hotend);
    y += heaterRow(ctx, ImVec2(m + pad, y), inner, ctx.tr("printer.heater.bed"), kBedColor, heat.bed);
    drawText(list, ctx.fonts.body, ImVec2(m + pad, y), theme::kTextMuted, ctx.tr("printer.heating.hint"), inner);
  } else {
    char percent[16];
    std::snprintf(percent, sizeof percent, "%.0f %%", std::floor(100.0 * view.fraction));
    drawText(list, ctx.fonts.display, ImVec2(m + pad, y), stepColor, percent);
    y += ctx.fonts.display->FontSize + ctx.px(16);
    progressBar(ctx, ImVec2(m + pad, y), ImVec2(inner, ctx.px(56)), view.fraction, stepColor);
    y += ctx.px(56 + 36);
    const float col = inner / 3.0f;
    const std::string layer = view.layerCount > 0
                                  ? ctx.state.i18n.format("printer.progress.layer_of",
                                                          {{"layer", std::to_string(std::max(view.layer, 1))},
                                                           {"count", std::to_string(view.layerCount)}})
                                  : std::string("-");
    fact(ctx, ImVec2(m + pad, y), ctx.tr("printer.progress.layer"), layer);
    fact(ctx, ImVec2(m + pad + col, y), ctx.tr("printer.progress.eta"),
         view.etaS ? core::clockText(*view.etaS) : std::string("-"));
    fact(ctx, ImVec2(m + pad + col * 2, y), ctx.tr("printer.progress.elapsed"),
         snapshot ? core::clockText(snapshot->progress.elapsedS) : std::string("-"));
    y += ctx.px(110);
    if (view.step == DemoStep::Paused) {
      notice(ctx, ImVec2(m + pad, y), inner, theme::shade(theme::kHighlight, 0.8f), icons::kPause,
             ctx.tr("printer.progress.paused_hint"));
    }
  }

  // Staff controls, big and apart so a hurried tap does not hit the wrong one.
  Tap tap;
  const float buttonY = leftMax.y - pad - ctx.px(kBigButton);
  const ImVec2 size((inner - ctx.px(24)) * 0.5f, ctx.px(kBigButton));
  if (view.canResume) {
    if (touchButton(ctx, "##resume", ImVec2(m + pad, buttonY), size, primaryLook(ctx, theme::kSuccess),
                    staffLabel(icons::kPlay, staffUnlocked, ctx.tr("printer.control.resume")).c_str())) {
      tap.action = Action::Resume;
    }
  } else if (touchButton(ctx, "##pause", ImVec2(m + pad, buttonY), size, secondaryLook(ctx),
                         staffLabel(icons::kPause, staffUnlocked, ctx.tr("printer.control.pause")).c_str(), nullptr,
                         view.canPause)) {
    tap.action = Action::Pause;
  }
  if (touchButton(ctx, "##cancel", ImVec2(m + pad + size.x + ctx.px(24), buttonY), size,
                  primaryLook(ctx, theme::kDanger),
                  staffLabel(icons::kStop, staffUnlocked, ctx.tr("printer.control.cancel")).c_str(), nullptr,
                  view.canCancel)) {
    tap.action = Action::Cancel;
  }

  const ImVec2 plotMin(leftMax.x + gap, top);
  const std::span<const devices::marlin::TemperatureSample> history =
      snapshot ? std::span<const devices::marlin::TemperatureSample>(snapshot->temperatureHistory)
               : std::span<const devices::marlin::TemperatureSample>();
  std::optional<devices::marlin::TemperatureSample> current;
  if (snapshot && snapshot->temperature) {
    const auto& t = *snapshot->temperature;
    current.emplace();
    if (!t.hotends.empty()) {
      current->hotend = t.hotends.front().actual;
      current->hotendTarget = t.hotends.front().target.value_or(0);
    }
    if (t.bed) {
      current->bed = t.bed->actual;
      current->bedTarget = t.bed->target.value_or(0);
    }
  }
  drawTemperaturePlot(ctx, plotMin, ImVec2(ctx.size.x - m - plotMin.x, bottom(ctx) - top), history, current,
                      {ctx.tr("printer.plot.title"), ctx.tr("printer.heater.hotend"), ctx.tr("printer.heater.bed"),
                       ctx.tr("printer.plot.waiting"), ctx.tr("printer.plot.now")});
  return tap;
}

Tap finished(const UiContext& ctx, float top, const DemoView& view) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const bool done = view.step == DemoStep::Done;
  const float pad = ctx.px(56);
  const ImVec2 size(ctx.px(1240), bottom(ctx) - top);
  const ImVec2 min((ctx.size.x - size.x) * 0.5f, top), max(min.x + size.x, min.y + size.y);
  drawCard(list, min, max, theme::kSurface, ctx.px(theme::kRadius), ctx.px(4));
  const float side = ctx.px(260);
  const demos::GalleryJob* job = jobOf(ctx, view);
  if (job) drawJobThumbnail(ctx, ImVec2(min.x + pad, min.y + pad), side, *job);
  const float x = min.x + pad + (job ? side + ctx.px(48) : 0.0f);
  const float wrap = max.x - pad - x;
  const float radius = ctx.px(40);
  drawIconBadge(list, ctx.fonts.icon, ctx.px(40), ImVec2(x + radius, min.y + pad + radius), radius,
                done ? theme::kSuccess : theme::kTextMuted, theme::kTextOnDark, done ? icons::kCheck : icons::kTimes);
  drawText(list, ctx.fonts.title, ImVec2(x + radius * 2 + ctx.px(24), min.y + pad + ctx.px(6)), theme::kText,
           ctx.tr(view.stepKey));
  float y = min.y + pad + radius * 2 + ctx.px(32);
  const char* visitor = ctx.tr(done ? "printer.done.visitor" : "printer.cancelled.visitor");
  drawText(list, ctx.fonts.heading, ImVec2(x, y), theme::kText, visitor, wrap);
  y += textSize(ctx.fonts.heading, visitor, wrap).y + ctx.px(20);
  // How it went, in numbers a visitor can repeat: layers and time.
  const auto* snapshot = ctx.state.printer.snapshot();
  if (done && snapshot && view.layerCount > 0 && snapshot->progress.elapsedS > 0) {
    const std::string summary = std::string(icons::kClock) + "  " +
                                ctx.state.i18n.format("printer.done.summary",
                                                      {{"layers", std::to_string(view.layerCount)},
                                                       {"time", core::clockText(snapshot->progress.elapsedS)}});
    drawText(list, ctx.fonts.body, ImVec2(x, y), theme::kTextMuted, summary.c_str(), wrap);
    y += ctx.fonts.body->FontSize + ctx.px(28);
  } else {
    y += ctx.px(12);
  }
  if (!view.staffActionKey.empty()) {
    const std::string staff = ctx.state.i18n.format("printer.staff_says", {{"action", ctx.tr(view.staffActionKey)}});
    notice(ctx, ImVec2(x, y), wrap, theme::kBrand, icons::kShield, staff.c_str());
  }
  Tap tap;
  // The end of a demo is where a visitor decides to be called back: the contact form is one tap away.
  const ImVec2 button(ctx.px(540), ctx.px(kBigButton));
  const float gap = ctx.px(32);
  const float left = min.x + (size.x - button.x * 2 - gap) * 0.5f;
  if (touchButton(ctx, "##again", ImVec2(left, max.y - pad - button.y), button, primaryLook(ctx, theme::kDemos),
                  ctx.tr("printer.done.again"), icons::kPrint)) {
    tap.action = Action::Back;
  }
  if (touchButton(ctx, "##contact", ImVec2(left + button.x + gap, max.y - pad - button.y), button,
                  primaryLook(ctx, theme::kContact), ctx.tr("printer.done.contact"), icons::kHandshake)) {
    tap.action = Action::Contact;
  }
  return tap;
}

Tap error(const UiContext& ctx, float top, const DemoView& view, bool staffUnlocked) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float pad = ctx.px(56);
  const ImVec2 size(ctx.px(1400), bottom(ctx) - top);
  const ImVec2 min((ctx.size.x - size.x) * 0.5f, top), max(min.x + size.x, min.y + size.y);
  drawCard(list, min, max, theme::kSurface, ctx.px(theme::kRadius), ctx.px(4));
  list->AddRectFilled(min, ImVec2(min.x + ctx.px(14), max.y), theme::kDanger, ctx.px(theme::kRadius),
                      ImDrawFlags_RoundCornersLeft);
  const float radius = ctx.px(48);
  const float x = min.x + pad;
  const float wrap = max.x - pad - x;
  drawIconBadge(list, ctx.fonts.icon, ctx.px(44), ImVec2(x + radius, min.y + pad + radius), radius, theme::kDanger,
                theme::kTextOnDark, icons::kWarning);
  const float titleX = x + radius * 2 + ctx.px(28);
  const char* message = ctx.tr(view.messageKey.empty() ? "demos.printer.step.error" : view.messageKey);
  drawText(list, ctx.fonts.title, ImVec2(titleX, min.y + pad), theme::kDanger, message, max.x - pad - titleX);
  drawText(list, ctx.fonts.body, ImVec2(titleX, min.y + pad + ctx.px(68)), theme::kTextMuted,
           ctx.tr("printer.error.visitor"), max.x - pad - titleX);
  float y = min.y + pad + radius * 2 + ctx.px(48);

  // What staff should do, in a box of its own: the part they look for.
  const float boxPad = ctx.px(32);
  const char* action = ctx.tr(view.staffActionKey.empty() ? "demos.printer.action.call_support" : view.staffActionKey);
  const float boxH = boxPad * 2 + ctx.px(52) + textSize(ctx.fonts.heading, action, wrap - boxPad * 2).y;
  list->AddRectFilled(ImVec2(x, y), ImVec2(x + wrap, y + boxH), theme::withAlpha(theme::kBrand, 20), ctx.px(16));
  drawText(list, ctx.fonts.bodyBold, ImVec2(x + boxPad, y + boxPad), theme::kBrand,
           (std::string(icons::kShield) + "  " + ctx.tr("printer.error.staff_title")).c_str());
  drawText(list, ctx.fonts.heading, ImVec2(x + boxPad, y + boxPad + ctx.px(52)), theme::kText, action,
           wrap - boxPad * 2);
  y += boxH + ctx.px(24);
  if (!view.detail.empty()) {
    const std::string detail = ctx.state.i18n.format("printer.error.detail", {{"detail", view.detail}});
    drawText(list, ctx.fonts.small, ImVec2(x, y), theme::kTextMuted, detail.c_str(), wrap);
  }

  Tap tap;
  const ImVec2 button(ctx.px(760), ctx.px(kBigButton));
  if (touchButton(ctx, "##clear-error", ImVec2(min.x + (size.x - button.x) * 0.5f, max.y - pad - button.y), button,
                  primaryLook(ctx, theme::kBrand),
                  staffLabel(icons::kCheck, staffUnlocked, ctx.tr("printer.error.clear")).c_str())) {
    tap.action = Action::ClearError;
  }
  return tap;
}

}  // namespace kiosk::ui::printer_steps
