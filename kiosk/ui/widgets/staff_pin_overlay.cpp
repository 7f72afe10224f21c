#include "kiosk/ui/widgets/staff_pin_overlay.h"

#include <algorithm>
#include <string>

#include "kiosk/ui/icons.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"
#include "kiosk/ui/widgets/touch_button.h"

namespace kiosk::ui {
namespace {

long long ceilSeconds(std::chrono::milliseconds ms) { return (ms.count() + 999) / 1000; }

}  // namespace

void StaffPinOverlay::open(std::string reasonKey) {
  m_reasonKey = std::move(reasonKey);
  m_pad.clear();
  m_lastRejected = false;
  m_open = true;
}

void StaffPinOverlay::close() {
  m_pad.clear();
  m_open = false;
}

StaffPinOverlay::Result StaffPinOverlay::draw(UiContext& ctx) {
  if (!m_open) return Result::Cancelled;
  ImDrawList* list = ImGui::GetWindowDrawList();
  list->AddRectFilled(ImVec2(0, 0), ctx.size, theme::kScrim);

  const ImVec2 padSize = PinPad::size(ctx);
  const float pad = ctx.px(36);
  const float titleH = ctx.px(56), reasonH = ctx.px(48), messageH = ctx.px(52);
  const ImVec2 cancelSize(padSize.x, ctx.px(84));
  const ImVec2 card(padSize.x + ctx.px(200), pad + titleH + reasonH + messageH + padSize.y + ctx.px(24) + cancelSize.y + pad);
  const ImVec2 min((ctx.size.x - card.x) * 0.5f, std::max(ctx.px(8), (ctx.size.y - card.y) * 0.5f));
  drawCard(list, min, ImVec2(min.x + card.x, min.y + card.y), theme::kSurface, ctx.px(theme::kRadius), ctx.px(8));

  const float cx = ctx.size.x * 0.5f;
  float y = min.y + pad;
  drawTextCentered(list, ctx.fonts.heading, ImVec2(cx, y + titleH * 0.5f), theme::kBrand,
                   (std::string(icons::kLock) + "  " + ctx.tr("printer.pin.title")).c_str());
  y += titleH;
  drawTextCentered(list, ctx.fonts.bodyBold, ImVec2(cx, y + reasonH * 0.5f), theme::kText, ctx.tr(m_reasonKey));
  y += reasonH;

  const core::PinGate& gate = ctx.state.pinGate;
  const auto wait = gate.waitRemaining(ctx.now);
  std::string message = ctx.tr("staff.pin.prompt");
  ImU32 color = theme::kTextMuted;
  if (gate.isLockedOut(ctx.now)) {
    message = ctx.state.i18n.format("staff.pin.locked", {{"minutes", std::to_string((ceilSeconds(wait) + 59) / 60)}});
    color = theme::kDanger;
  } else if (wait.count() > 0) {
    message = ctx.state.i18n.format("staff.pin.wait", {{"seconds", std::to_string(ceilSeconds(wait))}});
    color = theme::kDanger;
  } else if (m_lastRejected) {
    message = ctx.state.i18n.format("staff.pin.wrong", {{"left", std::to_string(gate.attemptsLeft())}});
    color = theme::kDanger;
  }
  drawTextCentered(list, ctx.fonts.body, ImVec2(cx, y + messageH * 0.5f), color, message.c_str());
  y += messageH;
  // A running back-off needs a frame each second, and one when the pad unlocks.
  if (wait.count() > 0) ctx.frames.requestFrameAt(ctx.now + std::min(wait, std::chrono::milliseconds(1000)));

  Result result = Result::Open;
  if (m_pad.draw(ctx, ImVec2(cx - padSize.x * 0.5f, y), wait.count() == 0)) {
    const auto outcome = ctx.state.pinGate.submit(m_pad.digits(), ctx.now);
    m_pad.clear();
    m_lastRejected = outcome != core::PinGate::Outcome::Accepted;
    if (!m_lastRejected) result = Result::Accepted;
  }
  y += padSize.y + ctx.px(24);
  if (touchButton(ctx, "##pin-cancel", ImVec2(cx - cancelSize.x * 0.5f, y), cancelSize, secondaryLook(ctx),
                  ctx.tr("common.cancel"))) {
    result = Result::Cancelled;
  }
  if (result != Result::Open) close();
  return result;
}

}  // namespace kiosk::ui
