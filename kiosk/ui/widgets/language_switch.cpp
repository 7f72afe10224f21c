#include "kiosk/ui/widgets/language_switch.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"
#include "kiosk/ui/widgets/touch_button.h"

namespace kiosk::ui {
namespace {

constexpr float kSegmentWidth = 92.0f;
constexpr float kHeight = 72.0f;

std::string upper(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::toupper(c); });
  return text;
}

}  // namespace

float languageSwitchWidth(const UiContext& ctx) {
  return ctx.px(kSegmentWidth) * static_cast<float>(ctx.state.i18n.languages().size());
}

void languageSwitch(UiContext& ctx, ImVec2 pos, bool onDark) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const auto& languages = ctx.state.i18n.languages();
  const float segment = ctx.px(kSegmentWidth);
  const float height = ctx.px(kHeight);
  const ImVec2 max(pos.x + languageSwitchWidth(ctx), pos.y + height);
  const ImU32 frame = onDark ? theme::withAlpha(theme::kTextOnDark, 40) : theme::kSurface;
  list->AddRectFilled(pos, max, frame, height * 0.5f);
  if (!onDark) list->AddRect(pos, max, theme::kDivider, height * 0.5f, 0, ctx.px(2));

  for (std::size_t i = 0; i < languages.size(); ++i) {
    const ImVec2 segMin(pos.x + segment * static_cast<float>(i), pos.y);
    const ImVec2 inset(ctx.px(6), ctx.px(6));
    const bool active = languages[i] == ctx.state.i18n.language();
    const std::string id = "##lang-" + languages[i];
    if (touchArea(id.c_str(), segMin, ImVec2(segment, height)) && !active) {
      ctx.state.i18n.setLanguage(languages[i]);
    }
    if (active) {
      list->AddRectFilled(ImVec2(segMin.x + inset.x, segMin.y + inset.y),
                          ImVec2(segMin.x + segment - inset.x, segMin.y + height - inset.y),
                          onDark ? theme::kTextOnDark : theme::kBrand, height * 0.5f);
    }
    const ImU32 text = active ? (onDark ? theme::kBrand : theme::kTextOnDark)
                              : (onDark ? theme::kTextOnDark : theme::kTextMuted);
    drawTextCentered(list, ctx.fonts.bodyBold, ImVec2(segMin.x + segment * 0.5f, pos.y + height * 0.5f), text,
                     upper(languages[i]).c_str());
  }
}

}  // namespace kiosk::ui
