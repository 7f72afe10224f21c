#include "kiosk/ui/screens/library_screen.h"

#include "kiosk/ui/icons.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"
#include "kiosk/ui/widgets/info_card.h"
#include "kiosk/ui/widgets/section_intro.h"

namespace kiosk::ui {

void LibraryScreen::onEnter(UiContext& /*ctx*/) { m_list.resetToTop(); }

void LibraryScreen::draw(UiContext& ctx) {
  const float top = sectionIntro(ctx, icons::kPlayCircle, theme::kLibrary, ctx.tr("library.title"), ctx.tr("library.lead"));
  const float margin = ctx.px(theme::kMargin);
  const auto& areas = ctx.state.technologyAreas;
  const std::string& language = ctx.state.i18n.language();
  if (areas.empty()) {
    drawText(ImGui::GetWindowDrawList(), ctx.fonts.body, ImVec2(margin, top), theme::kTextMuted,
             ctx.tr("library.unavailable"));
    return;
  }

  // Two columns of cards; extra room at the edges so the card shadows are not clipped.
  const ImVec2 viewPos(margin - ctx.px(16), top - ctx.px(16));
  const ImVec2 viewSize(ctx.size.x - margin * 2 + ctx.px(32), ctx.size.y - viewPos.y - ctx.px(24));
  const float gap = ctx.px(28);
  const ImVec2 card((viewSize.x - ctx.px(32) - gap) * 0.5f, ctx.px(210));
  m_list.begin(ctx, "##areas", viewPos, viewSize);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  for (std::size_t i = 0; i < areas.size(); ++i) {
    const ImVec2 pos(origin.x + ctx.px(16) + static_cast<float>(i % 2) * (card.x + gap),
                     origin.y + ctx.px(16) + static_cast<float>(i / 2) * (card.y + gap));
    drawInfoCard(ctx, pos, card,
                 InfoCard{icons::byName(areas[i].icon), ctx.fonts.icon, theme::kLibrary,
                          core::localized(areas[i].title, language).c_str(),
                          core::localized(areas[i].summary, language).c_str()},
                 CardLayout::Row);
  }
  const std::size_t rows = (areas.size() + 1) / 2;
  m_list.end(ctx.px(32) + static_cast<float>(rows) * (card.y + gap));
}

}  // namespace kiosk::ui
