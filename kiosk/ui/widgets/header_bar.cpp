#include "kiosk/ui/widgets/header_bar.h"

#include "kiosk/ui/icons.h"
#include "kiosk/ui/navigator.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"
#include "kiosk/ui/widgets/language_switch.h"
#include "kiosk/ui/widgets/touch_button.h"

namespace kiosk::ui {
namespace {

// "PID" in a navy square, then the full name: recognisable from across the hall.
float drawWordmark(const UiContext& ctx, ImVec2 pos) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float box = ctx.px(64);
  list->AddRectFilled(pos, ImVec2(pos.x + box, pos.y + box), theme::kBrand, ctx.px(14));
  drawTextCentered(list, ctx.fonts.bodyBold, ImVec2(pos.x + box * 0.5f, pos.y + box * 0.5f), theme::kTextOnDark, "PID");
  const float textX = pos.x + box + ctx.px(18);
  drawText(list, ctx.fonts.bodyBold, ImVec2(textX, pos.y + ctx.px(2)), theme::kBrand, ctx.tr("brand.name"));
  drawText(list, ctx.fonts.small, ImVec2(textX, pos.y + ctx.px(36)), theme::kTextMuted, ctx.tr("brand.tagline"));
  return textX + textSize(ctx.fonts.bodyBold, ctx.tr("brand.name")).x;
}

}  // namespace

void headerBar(UiContext& ctx) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float height = ctx.px(theme::kHeaderHeight);
  const float margin = ctx.px(theme::kMargin);
  list->AddRectFilled(ImVec2(0, 0), ImVec2(ctx.size.x, height), theme::kSurface);
  list->AddRectFilled(ImVec2(0, height - ctx.px(2)), ImVec2(ctx.size.x, height), theme::kDivider);

  const float rowTop = (height - ctx.px(72)) * 0.5f;
  float x = margin;
  // Staff screens have their own Cancel/Close: a back button there could skip the lock.
  const bool staff = ctx.nav.current().isStaffOnly();
  if (ctx.nav.canGoBack() && ctx.nav.currentId() != ScreenId::Home && !staff) {
    const ImVec2 size(ctx.px(210), ctx.px(72));
    if (touchButton(ctx, "##back", ImVec2(x, rowTop), size, secondaryLook(ctx), ctx.tr("nav.back"), icons::kChevronLeft)) {
      ctx.nav.back();
    }
    x += size.x + ctx.px(32);
  }
  drawWordmark(ctx, ImVec2(x, (height - ctx.px(64)) * 0.5f));

  float right = ctx.size.x - margin - languageSwitchWidth(ctx);
  languageSwitch(ctx, ImVec2(right, rowTop), false);
  if (ctx.nav.currentId() != ScreenId::Home && !staff) {
    const ImVec2 size(ctx.px(72), ctx.px(72));
    right -= size.x + ctx.px(24);
    if (touchButton(ctx, "##home", ImVec2(right, rowTop), size, secondaryLook(ctx), "", icons::kHome)) {
      ctx.nav.go(ScreenId::Home);
    }
  }
}

}  // namespace kiosk::ui
