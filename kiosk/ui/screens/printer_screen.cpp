#include "kiosk/ui/screens/printer_screen.h"

#include <spdlog/spdlog.h>

#include "kiosk/ui/navigator.h"
#include "kiosk/ui/screens/printer_screen_steps.h"

namespace kiosk::ui {
namespace {

using demos::DemoStep;
using Kind = core::PrinterCommand::Kind;
using printer_steps::Action;

}  // namespace

void PrinterScreen::onEnter(UiContext& ctx) {
  ctx.state.session.noteDemo("printer");  // recorded with a lead left in this visit
  m_pin.close();
  m_pending.reset();
}

void PrinterScreen::onLeave() {
  // Staff rights stay with this screen: whoever comes back later types the PIN again.
  m_pin.close();
  m_pending.reset();
  m_unlock.lock();
}

void PrinterScreen::onSessionEnded() { onLeave(); }

void PrinterScreen::send(UiContext& ctx, core::PrinterCommand command) {
  const core::PrinterDesk& desk = ctx.state.printer;
  if (!desk.send) {
    spdlog::warn("printer: no printer service, tap ignored");
    return;
  }
  desk.send(std::move(command));
}

void PrinterScreen::request(UiContext& ctx, core::PrinterCommand command, bool staffOnly, const char* reasonKey) {
  if (!staffOnly) {
    send(ctx, std::move(command));
    return;
  }
  if (m_unlock.isUnlocked(ctx.now)) {
    command.byStaff = true;
    send(ctx, std::move(command));
    return;
  }
  m_pending = std::move(command);
  m_pin.open(reasonKey);
}

void PrinterScreen::draw(UiContext& ctx) {
  const core::PrinterDesk& desk = ctx.state.printer;
  const demos::DemoView* view = desk.view();
  const DemoStep step = view ? view->step : DemoStep::ChooseJob;
  const bool unlocked = m_unlock.isUnlocked(ctx.now);
  // The padlocks on the staff buttons come back when the unlock ends.
  if (auto ends = m_unlock.endsAt(); ends && unlocked) ctx.frames.requestFrameAt(*ends);

  // Under the PIN pad nothing else may take a tap.
  if (m_pin.isOpen()) ImGui::BeginDisabled();
  const float top = printer_steps::titleRow(ctx, view ? ctx.tr(view->stepKey) : ctx.tr("demos.printer.step.choose_job"));
  printer_steps::Tap tap;
  switch (step) {
    case DemoStep::ChooseJob: tap = printer_steps::gallery(ctx, top); break;
    case DemoStep::ConfirmBedClear: tap = printer_steps::bedCheck(ctx, top, *view, unlocked); break;
    case DemoStep::Heating:
    case DemoStep::Printing:
    case DemoStep::Paused: tap = printer_steps::printing(ctx, top, *view, unlocked); break;
    case DemoStep::Done:
    case DemoStep::Cancelled: tap = printer_steps::finished(ctx, top, *view); break;
    case DemoStep::Error: tap = printer_steps::error(ctx, top, *view, unlocked); break;
  }
  if (m_pin.isOpen()) ImGui::EndDisabled();

  switch (tap.action) {
    case Action::None: break;
    case Action::Choose: request(ctx, {Kind::ChooseJob, tap.jobId, false}, false, nullptr); break;
    case Action::Back: request(ctx, {Kind::Finish, {}, false}, false, nullptr); break;
    case Action::Contact: ctx.nav.go(ScreenId::Contact); break;
    case Action::ConfirmBedClear:
      request(ctx, {Kind::ConfirmBedClear, {}, false}, true, "printer.pin.reason_start");
      break;
    case Action::Pause: request(ctx, {Kind::Pause, {}, false}, true, "printer.pin.reason_pause"); break;
    case Action::Resume: request(ctx, {Kind::Resume, {}, false}, true, "printer.pin.reason_resume"); break;
    case Action::Cancel: request(ctx, {Kind::Cancel, {}, false}, true, "printer.pin.reason_cancel"); break;
    case Action::ClearError: request(ctx, {Kind::Finish, {}, false}, true, "printer.pin.reason_clear"); break;
  }

  if (!m_pin.isOpen()) return;
  switch (m_pin.draw(ctx)) {
    case StaffPinOverlay::Result::Open: break;
    case StaffPinOverlay::Result::Accepted:
      m_unlock.unlock(ctx.now);
      if (m_pending) {
        m_pending->byStaff = true;
        send(ctx, std::move(*m_pending));
      }
      m_pending.reset();
      ctx.frames.requestFrames(2);
      break;
    case StaffPinOverlay::Result::Cancelled:
      m_pending.reset();
      ctx.frames.requestFrames(2);
      break;
  }
}

}  // namespace kiosk::ui
