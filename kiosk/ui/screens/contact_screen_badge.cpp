// ContactScreen, badge prefill: "Scan your badge" on the first step of the lead form. A scan that
// arrives while the visitor waits at the reader is parsed by demos/badge and fills the empty fields;
// an opaque registration id becomes the visit's badge reference. The scan is personal data: only its
// outcome is logged, and the text is scrubbed as soon as it has been read.
#include <string>

#include <spdlog/spdlog.h>

#include "kiosk/ui/icons.h"
#include "kiosk/ui/screens/contact_screen.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"
#include "kiosk/ui/widgets/info_card.h"
#include "kiosk/ui/widgets/touch_button.h"

namespace kiosk::ui {
namespace {

const char* outcomeName(core::BadgePrefill::Outcome outcome) {
  switch (outcome) {
    case core::BadgePrefill::Outcome::Filled: return "filled";
    case core::BadgePrefill::Outcome::IdOnly: return "id only";
    case core::BadgePrefill::Outcome::NothingNew: return "nothing new";
    case core::BadgePrefill::Outcome::Unreadable: return "unreadable";
  }
  return "unknown";
}

const char* outcomeKey(core::BadgePrefill::Outcome outcome) {
  switch (outcome) {
    case core::BadgePrefill::Outcome::Filled: return "badge.filled";
    case core::BadgePrefill::Outcome::IdOnly: return "badge.id_only";
    case core::BadgePrefill::Outcome::NothingNew: return "badge.nothing_new";
    case core::BadgePrefill::Outcome::Unreadable: return "badge.unreadable";
  }
  return "badge.unreadable";
}

}  // namespace

void ContactScreen::takeBadgeScan(UiContext& ctx) {
  auto scan = ctx.state.reader.take();
  if (!scan) return;
  // Only a visitor waiting at the reader gets a badge read into the form; any other scan is dropped.
  if (m_waitingBadge && m_started && !m_submitting && m_form.step() == core::FormStep::Details) {
    core::BadgePrefill result = core::prefillFromBadge(m_form, *scan);
    for (leads::Field field : result.filled) m_form.check(field);  // a bad email shows at once
    if (!result.badgeRef.empty()) {
      core::scrub(ctx.state.session.badgeRef);
      ctx.state.session.badgeRef = std::move(result.badgeRef);
    }
    spdlog::info("badge: {} ({} fields filled{}{})", outcomeName(result.outcome), result.filled.size(),
                 result.reason.empty() ? "" : ", ", result.reason);
    m_badgeOutcome = result.outcome;
    m_badgeFilled = result.filled.size();
    m_waitingBadge = false;
  }
  core::scrub(*scan);
  ctx.frames.requestFrames(2);
}

void ContactScreen::drawBadgeWaiting(UiContext& ctx, float top) {
  const float margin = ctx.px(theme::kMargin);
  const ImVec2 size(ctx.size.x - margin * 2, ctx.px(340));
  drawInfoCard(ctx, ImVec2(margin, top), size,
               InfoCard{icons::kBarcode, ctx.fonts.icon, theme::kContact, ctx.tr("badge.waiting_title"),
                        ctx.tr("badge.waiting_text")},
               CardLayout::Column);
  const ImVec2 button(ctx.px(380), ctx.px(theme::kButtonHeight));
  if (touchButton(ctx, "##badge-cancel", ImVec2((ctx.size.x - button.x) * 0.5f, top + size.y + ctx.px(32)), button,
                  secondaryLook(ctx), ctx.tr("badge.cancel"), icons::kTimes)) {
    m_waitingBadge = false;
  }
}

void ContactScreen::drawBadgeFooter(UiContext& ctx, float left, float right, float y) {
  const ImVec2 size(ctx.px(440), ctx.px(theme::kButtonHeight));
  ButtonLook look = secondaryLook(ctx);
  if (touchButton(ctx, "##badge-scan", ImVec2(left, y), size, look, ctx.tr("badge.scan"), icons::kBarcode)) {
    focus(std::nullopt);
    m_waitingBadge = true;
    m_badgeOutcome.reset();
  }
  if (!m_badgeOutcome) return;
  const bool good = *m_badgeOutcome != core::BadgePrefill::Outcome::Unreadable;
  const std::string message = ctx.state.i18n.format(outcomeKey(*m_badgeOutcome), {{"count", std::to_string(m_badgeFilled)}});
  const float x = left + size.x + ctx.px(24);
  const float width = right - x;
  if (width <= 0) return;
  const float height = textSize(ctx.fonts.small, message.c_str(), width).y;
  drawText(ImGui::GetWindowDrawList(), ctx.fonts.small, ImVec2(x, y + (size.y - height) * 0.5f),
           good ? theme::kSuccess : theme::kContact, message.c_str(), width);
}

}  // namespace kiosk::ui
