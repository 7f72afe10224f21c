#include "kiosk/ui/screens/demos_screen.h"

#include <algorithm>
#include <array>
#include <string>

#include "kiosk/ui/icons.h"
#include "kiosk/ui/navigator.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/info_card.h"
#include "kiosk/ui/widgets/section_intro.h"
#include "kiosk/ui/widgets/touch_button.h"

namespace kiosk::ui {
namespace {

struct Demo {
  const char* icon;
  const char* key;  // i18n prefix
};

constexpr std::array<Demo, 3> kDemos{{
    {icons::kPrint, "demos.printer"},
    {icons::kBarcode, "demos.reader"},
    {icons::kCamera, "demos.ar"},
}};

}  // namespace

void DemosScreen::draw(UiContext& ctx) {
  const float top = sectionIntro(ctx, icons::kCube, theme::kDemos, ctx.tr("demos.title"), ctx.tr("demos.lead"));
  const float margin = ctx.px(theme::kMargin);
  const float gap = ctx.px(32);
  const ImVec2 card((ctx.size.x - margin * 2 - gap * 2) / 3.0f, std::min(ctx.px(500), ctx.size.y - top - ctx.px(96)));
  for (std::size_t i = 0; i < kDemos.size(); ++i) {
    const std::string key(kDemos[i].key);
    const ImVec2 pos(margin + static_cast<float>(i) * (card.x + gap), top);
    // The printer demo has its screen; it opens even when the printer is off, to say so and why.
    const bool printer = i == 0;
    if (printer && touchArea("##demo-printer", pos, card)) ctx.nav.go(ScreenId::Printer);
    // The traceability demo too: without a reader its screen says so.
    const bool reader = i == 1;
    if (reader && touchArea("##demo-reader", pos, card)) ctx.nav.go(ScreenId::Traceability);
    const char* chip = printer && ctx.state.printer.ready()  ? ctx.tr("printer.card_ready")
                       : reader && core::readerReady(ctx.state.reader, ctx.state.devices) ? ctx.tr("trace.card_ready")
                                                            : ctx.tr("demos.not_connected");
    // The AR demo opens too: without a camera it shows how it works.
    const bool ar = i == 2;
    if (ar && touchArea("##demo-ar", pos, card)) ctx.nav.go(ScreenId::Ar);
    if (ar && ctx.state.ar.cameraConfigured && !ctx.state.ar.cards.empty()) chip = ctx.tr("ar.card_ready");
    drawInfoCard(ctx, pos, card,
                 InfoCard{kDemos[i].icon, ctx.fonts.icon, theme::kDemos, ctx.tr(key + ".title"), ctx.tr(key + ".text"),
                          chip},
                 CardLayout::Column);
  }
}

}  // namespace kiosk::ui
