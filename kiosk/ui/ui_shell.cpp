#include "kiosk/ui/ui_shell.h"

#include <numbers>
#include <string>

#include "kiosk/ui/icons.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"
#include "kiosk/ui/widgets/header_bar.h"
#include "kiosk/ui/widgets/touch_button.h"

namespace kiosk::ui {
namespace {

constexpr ImGuiWindowFlags kFullScreen = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                         ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoScrollWithMouse |
                                         ImGuiWindowFlags_NoNav;

}  // namespace

void UiShell::draw(UiContext& ctx) {
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ctx.size);
  ImGui::Begin("##kiosk", nullptr, kFullScreen | ImGuiWindowFlags_NoBringToFrontOnFocus);
  Screen& screen = ctx.nav.current();
  // The header goes first: where widgets overlap, the first one submitted takes the touch.
  if (screen.showsHeader()) headerBar(ctx);
  screen.draw(ctx);
  watchStaffCorner(ctx);
  ImGui::End();

  if (ctx.idle.phase() == core::IdleMonitor::Phase::Prompting) drawIdlePrompt(ctx);
}

void UiShell::watchStaffCorner(UiContext& ctx) {
  const input::Gesture& g = ctx.gesture;
  const float corner = ctx.px(theme::kStaffCorner);
  const bool inCorner = g.start.x < corner && g.start.y > ctx.size.y - corner;
  if (!g.active || g.dragging || !inCorner) {
    m_cornerFired = g.active && m_cornerFired;
    return;
  }
  if (m_cornerFired || ctx.nav.current().isStaffOnly()) return;
  const auto longPress = ctx.state.config.staff.longPress;
  const auto held = ctx.now - g.startedAt;
  if (held >= longPress) {
    m_cornerFired = true;
    ctx.nav.go(ScreenId::StaffPin);
    return;
  }
  ctx.frames.requestFrameAt(g.startedAt + longPress);
  // Staff get a faint ring after the first third, so they know the press is being counted.
  const float progress = std::chrono::duration<float>(held) / std::chrono::duration<float>(longPress);
  if (progress > 0.33f) {
    ImDrawList* list = ImGui::GetForegroundDrawList();
    const ImVec2 center(corner * 0.5f, ctx.size.y - corner * 0.5f);
    const float start = -std::numbers::pi_v<float> * 0.5f;
    list->PathArcTo(center, corner * 0.3f, start, start + 2 * std::numbers::pi_v<float> * progress, 48);
    list->PathStroke(theme::withAlpha(theme::kTextMuted, 160), 0, ctx.px(5));
    ctx.frames.requestContinuous();
  }
}

void UiShell::drawIdlePrompt(UiContext& ctx) {
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ctx.size);
  ImGui::SetNextWindowFocus();
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0, 0, 0, 0));
  ImGui::Begin("##idle-prompt", nullptr, kFullScreen);
  ImGui::PopStyleColor();
  ImDrawList* list = ImGui::GetWindowDrawList();
  list->AddRectFilled(ImVec2(0, 0), ctx.size, theme::kScrim);

  const ImVec2 card(ctx.px(980), ctx.px(520));
  const ImVec2 min((ctx.size.x - card.x) * 0.5f, (ctx.size.y - card.y) * 0.5f);
  drawCard(list, min, ImVec2(min.x + card.x, min.y + card.y), theme::kSurface, ctx.px(theme::kRadius), ctx.px(8));
  const float centerX = ctx.size.x * 0.5f;
  drawIconBadge(list, ctx.fonts.icon, ctx.px(52), ImVec2(centerX, min.y + ctx.px(100)), ctx.px(56),
                theme::withAlpha(theme::kHighlight, 50), theme::shade(theme::kHighlight, 0.8f), icons::kClock);
  drawTextCentered(list, ctx.fonts.title, ImVec2(centerX, min.y + ctx.px(220)), theme::kText, ctx.tr("idle.title"));

  const auto left = ctx.idle.untilReset(ctx.now);
  const long long seconds = (left.count() + 999) / 1000;
  const std::string text = ctx.state.i18n.format("idle.countdown", {{"seconds", std::to_string(seconds)}});
  drawTextCentered(list, ctx.fonts.body, ImVec2(centerX, min.y + ctx.px(300)), theme::kTextMuted, text.c_str());
  // Redraw when the displayed second changes.
  ctx.frames.requestFrameAt(ctx.now + (left - std::chrono::milliseconds((seconds - 1) * 1000)));

  const ImVec2 button(ctx.px(560), ctx.px(theme::kButtonHeight));
  // Any touch already counts as presence; the button is the obvious place to put it.
  (void)touchButton(ctx, "##still-here", ImVec2(centerX - button.x * 0.5f, min.y + card.y - button.y - ctx.px(48)),
                    button, primaryLook(ctx, theme::kBrand), ctx.tr("idle.continue"), icons::kHandPointer);
  ImGui::End();
}

}  // namespace kiosk::ui
