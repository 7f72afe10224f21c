#include "kiosk/ui/screens/attract_screen.h"

#include <algorithm>
#include <array>
#include <ctime>
#include <string>

#include "kiosk/media/playlist.h"
#include "kiosk/ui/icons.h"
#include "kiosk/ui/navigator.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"
#include "kiosk/ui/widgets/language_switch.h"
#include "kiosk/ui/widgets/media_view.h"
#include "kiosk/ui/widgets/touch_button.h"

namespace kiosk::ui {
namespace {

struct Slide {
  const char* icon;
  ImU32 accent;
  const char* key;  // i18n prefix: <key>.title, <key>.text
};

constexpr std::array<Slide, 5> kSlides{{
    {nullptr, theme::kHighlight, "attract.welcome"},
    {icons::kGauge, theme::kAssessment, "attract.assessment"},
    {icons::kCube, theme::kDemos, "attract.demos"},
    {icons::kPlayCircle, theme::kLibrary, "attract.library"},
    {icons::kHandshake, theme::kContact, "attract.contact"},
}};

}  // namespace

void AttractScreen::onEnter(UiContext& ctx) {
  m_slide = 0;
  m_slideStarted = ctx.now;
  m_loopIds.clear();
  m_revision = 0;
  m_playing = false;
  m_nextScheduleCheck = {};
}

void AttractScreen::onLeave() {
  // Nobody sees the loop now: unload it, so nothing is decoded behind the visitor's screens.
  if (m_player && m_playing) m_player->stop();
  m_playing = false;
  m_loopIds.clear();
}

void AttractScreen::draw(UiContext& ctx) {
  syncLoop(ctx);
  const bool failed = m_player && m_player->view().failed;
  if (m_loopIds.empty() || failed) {
    drawSlides(ctx);  // nothing scheduled now, or nothing playable: the built-in invitation
    return;
  }
  drawMedia(ctx);
}

void AttractScreen::syncLoop(UiContext& ctx) {
  core::MediaDesk& desk = ctx.state.media;
  m_player = desk.player;
  fitPlayerTo(m_player, ctx.size);
  if (!desk.catalog) return;
  const bool newCatalog = desk.revision != m_revision;
  if (!newCatalog && ctx.now < m_nextScheduleCheck) return;
  // Schedules are checked twice a minute: an item whose window opens or closes joins or
  // leaves the loop at the next item boundary.
  m_nextScheduleCheck = ctx.now + std::chrono::seconds(30);
  ctx.frames.requestFrameAt(m_nextScheduleCheck);
  m_revision = desk.revision;
  m_catalog = desk.catalog;
  const auto items = media::attractLoop(*m_catalog, media::civilTimeOf(ctx.wallNow));
  std::vector<std::string> ids;
  for (const media::MediaItem* item : items) ids.push_back(item->id);
  if (ids == m_loopIds && !newCatalog) return;
  m_loopIds = std::move(ids);
  if (!m_player) return;
  if (m_loopIds.empty()) {
    m_player->stop();
    m_playing = false;
  } else if (!m_playing || newCatalog) {
    m_player->play(media::playEntries(items), media::PlayMode::Loop);
    m_playing = true;
  } else {
    m_player->replaceUpcoming(media::playEntries(items));
  }
}

void AttractScreen::drawMedia(UiContext& ctx) {
  const media::PlayerView* view = m_player ? &m_player->view() : nullptr;
  const std::string& currentId = view && !view->itemId.empty() ? view->itemId : m_loopIds.front();
  const media::MediaItem* current = m_catalog->find(currentId);
  if (!current) current = m_catalog->find(m_loopIds.front());
  mediaView(ctx, ImVec2(0, 0), ctx.size, m_player, current ? posterOf(ctx, *current) : std::nullopt);

  ImDrawList* list = ImGui::GetWindowDrawList();
  const float margin = ctx.px(theme::kMargin);
  languageSwitch(ctx, ImVec2(ctx.size.x - margin - languageSwitchWidth(ctx), margin * 0.75f), true);
  if (touchArea("##start", ImVec2(0, 0), ctx.size)) ctx.nav.go(ScreenId::Home);

  // A discreet caption and call: the content is the show, the invitation stays readable on any frame.
  const std::string label = std::string(icons::kHandPointer) + "  " + ctx.tr("attract.touch_to_start");
  const ImVec2 size = textSize(ctx.fonts.bodyBold, label.c_str());
  const ImVec2 pad(ctx.px(32), ctx.px(16));
  const ImVec2 min(ctx.size.x * 0.5f - size.x * 0.5f - pad.x, ctx.size.y - ctx.px(56) - size.y - pad.y * 2);
  const ImVec2 max(ctx.size.x * 0.5f + size.x * 0.5f + pad.x, ctx.size.y - ctx.px(56));
  list->AddRectFilled(min, max, theme::kScrim, (max.y - min.y) * 0.5f);
  drawTextCentered(list, ctx.fonts.bodyBold, ImVec2(ctx.size.x * 0.5f, (min.y + max.y) * 0.5f), theme::kTextOnDark,
                   label.c_str());
  if (current) {
    const std::string& title = core::localized(current->title, ctx.state.i18n.language());
    const ImVec2 titleSize = textSize(ctx.fonts.body, title.c_str());
    const ImVec2 at(margin, margin * 0.75f);
    list->AddRectFilled(ImVec2(at.x - ctx.px(20), at.y - ctx.px(10)),
                        ImVec2(at.x + titleSize.x + ctx.px(20), at.y + titleSize.y + ctx.px(10)), theme::kScrim,
                        ctx.px(12));
    drawText(list, ctx.fonts.body, at, theme::kTextOnDark, title.c_str());
  }
}

void AttractScreen::drawSlides(UiContext& ctx) {
  const auto slideDuration = ctx.state.config.attractSlideDuration;
  if (m_slideStarted == std::chrono::steady_clock::time_point{}) m_slideStarted = ctx.now;
  if (ctx.now - m_slideStarted >= slideDuration) {
    m_slide = (m_slide + 1) % static_cast<int>(kSlides.size());
    m_slideStarted = ctx.now;
  }
  // Sleep until the next slide: no frames in between, so the attract loop costs ~no CPU.
  ctx.frames.requestFrameAt(m_slideStarted + slideDuration);

  ImDrawList* list = ImGui::GetWindowDrawList();
  drawGradient(list, ImVec2(0, 0), ctx.size, theme::kBrandDeep, theme::kBrand);

  // The language switch comes first: an earlier item wins the touch over the full-screen area below.
  const float margin = ctx.px(theme::kMargin);
  languageSwitch(ctx, ImVec2(ctx.size.x - margin - languageSwitchWidth(ctx), margin * 0.75f), true);
  if (touchArea("##start", ImVec2(0, 0), ctx.size)) ctx.nav.go(ScreenId::Home);

  drawSlide(ctx, m_slide);

  // The call to action, always in the same place.
  const char* cta = ctx.tr("attract.touch_to_start");
  const std::string label = std::string(icons::kHandPointer) + "   " + cta;
  const ImVec2 size = textSize(ctx.fonts.heading, label.c_str());
  const ImVec2 pad(ctx.px(56), ctx.px(30));
  const ImVec2 min(ctx.size.x * 0.5f - size.x * 0.5f - pad.x, ctx.size.y - ctx.px(150) - size.y - pad.y * 2);
  const ImVec2 max(ctx.size.x * 0.5f + size.x * 0.5f + pad.x, ctx.size.y - ctx.px(150));
  drawCard(list, min, max, theme::kHighlight, (max.y - min.y) * 0.5f, ctx.px(6));
  drawTextCentered(list, ctx.fonts.heading, ImVec2(ctx.size.x * 0.5f, (min.y + max.y) * 0.5f), theme::kBrandDeep,
                   label.c_str());

  // Slide position dots.
  const float dot = ctx.px(8);
  const float step = ctx.px(30);
  float x = ctx.size.x * 0.5f - step * static_cast<float>(kSlides.size() - 1) * 0.5f;
  for (std::size_t i = 0; i < kSlides.size(); ++i, x += step) {
    const bool current = static_cast<int>(i) == m_slide;
    list->AddCircleFilled(ImVec2(x, ctx.size.y - ctx.px(80)), current ? dot * 1.3f : dot,
                          current ? theme::kTextOnDark : theme::withAlpha(theme::kTextOnDark, 90), 24);
  }
  drawText(list, ctx.fonts.small, ImVec2(margin, ctx.size.y - ctx.px(60)), theme::kTextOnDarkMuted,
           ctx.state.config.venue.c_str());
}

void AttractScreen::drawSlide(UiContext& ctx, int slideIndex) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const Slide& slide = kSlides[static_cast<std::size_t>(slideIndex)];
  const float centerX = ctx.size.x * 0.5f;
  const float textWidth = std::min(ctx.size.x - ctx.px(2 * theme::kMargin), ctx.px(1400));
  float y = ctx.size.y * 0.22f;

  if (slide.icon) {
    const float radius = ctx.px(96);
    drawIconBadge(list, ctx.fonts.icon, ctx.px(84), ImVec2(centerX, y + radius), radius,
                  slide.accent, theme::kTextOnDark, slide.icon);
    y += radius * 2 + ctx.px(48);
  } else {
    // The welcome slide carries the brand instead of an icon.
    drawTextCentered(list, ctx.fonts.heading, ImVec2(centerX, y + ctx.px(40)), theme::kHighlight,
                     ctx.tr("brand.name"));
    y += ctx.px(130);
  }
  const std::string key(slide.key);
  y += drawParagraphCentered(list, ctx.fonts.display, ImVec2(centerX - textWidth * 0.5f, y), textWidth,
                             theme::kTextOnDark, ctx.tr(key + ".title"));
  y += ctx.px(24);
  drawParagraphCentered(list, ctx.fonts.heading, ImVec2(centerX - textWidth * 0.5f, y), textWidth,
                        theme::kTextOnDarkMuted, ctx.tr(key + ".text"));
}

}  // namespace kiosk::ui
