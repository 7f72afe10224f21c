#include "kiosk/ui/screens/contact_done_screen.h"

#include "kiosk/ui/icons.h"
#include "kiosk/ui/navigator.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"
#include "kiosk/ui/widgets/touch_button.h"

namespace kiosk::ui {

void ContactDoneScreen::onEnter(UiContext& ctx) { m_enteredAt = ctx.now; }


void ContactDoneScreen::draw(UiContext& ctx) {
  if (!m_enteredAt) m_enteredAt = ctx.now;
  const auto& receipt = ctx.state.leads.receipt;
  const bool stored = receipt && receipt->stored;
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float centerX = ctx.size.x * 0.5f;
  const float width = ctx.px(1100);
  const float top = ctx.px(theme::kHeaderHeight) + ctx.px(90);

  drawIconBadge(list, ctx.fonts.icon, ctx.px(72), ImVec2(centerX, top + ctx.px(80)), ctx.px(80),
                stored ? theme::kSuccess : theme::kHighlight, theme::kTextOnDark,
                stored ? icons::kCheck : icons::kWarning);
  float y = top + ctx.px(200);
  drawTextCentered(list, ctx.fonts.title, ImVec2(centerX, y + ctx.px(30)), theme::kText, ctx.tr("leads.done.title"));
  y += ctx.px(100);
  y += drawParagraphCentered(list, ctx.fonts.body, ImVec2(centerX - width * 0.5f, y), width,
                             stored ? theme::kTextMuted : theme::kText,
                             ctx.tr(stored ? "leads.done.stored" : "leads.done.pending"));

  const ImVec2 size(ctx.px(420), ctx.px(theme::kButtonHeight));
  ButtonLook look = primaryLook(ctx, theme::kBrand);
  look.font = ctx.fonts.heading;
  const bool finished = touchButton(ctx, "##finish", ImVec2(centerX - size.x * 0.5f, y + ctx.px(60)), size, look,
                                    ctx.tr("leads.done.finish"), icons::kHome);
  if (finished || ctx.now - *m_enteredAt >= kStay) {
    ctx.nav.resetTo(ScreenId::Attract);  // ends the visit: the session is wiped
  } else {
    ctx.frames.requestFrameAt(*m_enteredAt + kStay);
  }
}

}  // namespace kiosk::ui
