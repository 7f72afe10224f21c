#include "kiosk/ui/screens/contact_screen.h"

#include <string>

#include "kiosk/ui/icons.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/info_card.h"
#include "kiosk/ui/widgets/section_intro.h"

namespace kiosk::ui {

void ContactScreen::draw(UiContext& ctx) {
  const float top = sectionIntro(ctx, icons::kHandshake, theme::kContact, ctx.tr("contact.title"), ctx.tr("contact.lead"));
  const float margin = ctx.px(theme::kMargin);
  const float gap = ctx.px(28);
  const float bottom = ctx.size.y - ctx.px(110);
  const float leftWidth = (ctx.size.x - margin * 2 - gap) * 0.58f;
  const float stepHeight = (bottom - top - gap * 2) / 3.0f;

  // Left: the three steps after leaving a contact.
  for (int i = 0; i < 3; ++i) {
    const std::string key = "contact.step" + std::to_string(i + 1);
    const std::string number = std::to_string(i + 1);
    drawInfoCard(ctx, ImVec2(margin, top + static_cast<float>(i) * (stepHeight + gap)), ImVec2(leftWidth, stepHeight),
                 InfoCard{number.c_str(), ctx.fonts.heading, theme::kContact, ctx.tr(key + ".title"),
                          ctx.tr(key + ".text")},
                 CardLayout::Row);
  }
  // Right: the privacy promise.
  const float rightX = margin + leftWidth + gap;
  drawInfoCard(ctx, ImVec2(rightX, top), ImVec2(ctx.size.x - margin - rightX, bottom - top),
               InfoCard{icons::kShield, ctx.fonts.icon, theme::kBrand, ctx.tr("contact.privacy.title"),
                        ctx.tr("contact.privacy.text")},
               CardLayout::Column);
  statusChip(ctx, ImVec2(margin, ctx.size.y - ctx.px(84)), theme::kBrand, ctx.tr("common.coming_soon"));
}

}  // namespace kiosk::ui
