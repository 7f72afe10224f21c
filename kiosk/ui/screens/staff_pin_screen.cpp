#include "kiosk/ui/screens/staff_pin_screen.h"

#include <string>

#include "kiosk/ui/icons.h"
#include "kiosk/ui/navigator.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"
#include "kiosk/ui/widgets/touch_button.h"

namespace kiosk::ui {
namespace {

long long ceilSeconds(std::chrono::milliseconds ms) { return (ms.count() + 999) / 1000; }

}  // namespace

void StaffPinScreen::onEnter(UiContext& /*ctx*/) {
  m_pad.clear();
  m_lastRejected = false;
}

void StaffPinScreen::onLeave() { m_pad.clear(); }

void StaffPinScreen::submit(UiContext& ctx) {
  using Outcome = core::PinGate::Outcome;
  const Outcome outcome = ctx.state.pinGate.submit(m_pad.digits(), ctx.now);
  m_pad.clear();
  m_lastRejected = outcome != Outcome::Accepted;
  if (outcome == Outcome::Accepted) ctx.nav.replace(ScreenId::Staff);
}

std::string StaffPinScreen::message(const UiContext& ctx, ImU32& color) const {
  const core::PinGate& gate = ctx.state.pinGate;
  const auto wait = gate.waitRemaining(ctx.now);
  color = theme::kDanger;
  if (gate.isLockedOut(ctx.now)) {
    return ctx.state.i18n.format("staff.pin.locked", {{"minutes", std::to_string((ceilSeconds(wait) + 59) / 60)}});
  }
  if (wait.count() > 0) return ctx.state.i18n.format("staff.pin.wait", {{"seconds", std::to_string(ceilSeconds(wait))}});
  if (m_lastRejected) {
    return ctx.state.i18n.format("staff.pin.wrong", {{"left", std::to_string(gate.attemptsLeft())}});
  }
  color = theme::kTextMuted;
  return ctx.tr("staff.pin.prompt");
}

void StaffPinScreen::draw(UiContext& ctx) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const ImVec2 padSize = PinPad::size(ctx);
  const float pad = ctx.px(36);
  const float titleHeight = ctx.px(56);
  const float messageHeight = ctx.px(56);
  const ImVec2 cancelSize(padSize.x, ctx.px(84));
  const ImVec2 cardSize(padSize.x + ctx.px(160),
                        pad + titleHeight + messageHeight + padSize.y + ctx.px(24) + cancelSize.y + pad);
  const float headerBottom = ctx.px(theme::kHeaderHeight);
  const ImVec2 cardMin((ctx.size.x - cardSize.x) * 0.5f, headerBottom + (ctx.size.y - headerBottom - cardSize.y) * 0.5f);
  drawCard(list, cardMin, ImVec2(cardMin.x + cardSize.x, cardMin.y + cardSize.y), theme::kSurface,
           ctx.px(theme::kRadius), ctx.px(6));

  const float centerX = ctx.size.x * 0.5f;
  float y = cardMin.y + pad;
  drawTextCentered(list, ctx.fonts.heading, ImVec2(centerX, y + titleHeight * 0.5f), theme::kBrand,
                   (std::string(icons::kLock) + "  " + ctx.tr("staff.pin.title")).c_str());
  y += titleHeight;
  ImU32 color = theme::kTextMuted;
  const std::string text = message(ctx, color);
  drawTextCentered(list, ctx.fonts.body, ImVec2(centerX, y + messageHeight * 0.5f), color, text.c_str());
  y += messageHeight;

  const auto wait = ctx.state.pinGate.waitRemaining(ctx.now);
  // A running countdown needs a frame each second, and one when the pad unlocks.
  if (wait.count() > 0) ctx.frames.requestFrameAt(ctx.now + std::min(wait, std::chrono::milliseconds(1000)));
  if (m_pad.draw(ctx, ImVec2(centerX - padSize.x * 0.5f, y), wait.count() == 0)) submit(ctx);
  y += padSize.y + ctx.px(24);

  if (touchButton(ctx, "##cancel", ImVec2(centerX - cancelSize.x * 0.5f, y), cancelSize, secondaryLook(ctx),
                  ctx.tr("common.cancel"))) {
    ctx.nav.back();
  }
}

}  // namespace kiosk::ui
