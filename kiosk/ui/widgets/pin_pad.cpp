#include "kiosk/ui/widgets/pin_pad.h"

#include <array>

#include "kiosk/ui/icons.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"
#include "kiosk/ui/widgets/touch_button.h"

namespace kiosk::ui {
namespace {

constexpr float kKey = 112.0f;
constexpr float kGap = 16.0f;
constexpr float kDotsHeight = 64.0f;

}  // namespace

ImVec2 PinPad::size(const UiContext& ctx) {
  return ImVec2(ctx.px(kKey * 3 + kGap * 2), ctx.px(kDotsHeight + kGap + kKey * 4 + kGap * 3));
}

void PinPad::clear() {
  // Overwrite before release: the PIN should not linger in freed memory.
  m_digits.assign(m_digits.size(), '\0');
  m_digits.clear();
}

bool PinPad::draw(const UiContext& ctx, ImVec2 pos, bool enabled) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float width = size(ctx).x;
  const float dotRadius = ctx.px(12);
  const std::size_t shown = std::max<std::size_t>(m_digits.size(), 4);
  const float spacing = ctx.px(44);
  float x = pos.x + (width - spacing * static_cast<float>(shown - 1)) * 0.5f;
  for (std::size_t i = 0; i < shown; ++i, x += spacing) {
    const ImVec2 center(x, pos.y + ctx.px(kDotsHeight) * 0.5f);
    if (i < m_digits.size()) {
      list->AddCircleFilled(center, dotRadius, theme::kBrand, 32);
    } else {
      list->AddCircle(center, dotRadius, theme::kDivider, 32, ctx.px(3));
    }
  }

  static constexpr std::array<const char*, 12> kKeys{"1", "2", "3", "4", "5", "6", "7", "8", "9", "del", "0", "ok"};
  bool submitted = false;
  const float key = ctx.px(kKey);
  const float gap = ctx.px(kGap);
  const float top = pos.y + ctx.px(kDotsHeight) + gap;
  for (std::size_t i = 0; i < kKeys.size(); ++i) {
    const ImVec2 at(pos.x + static_cast<float>(i % 3) * (key + gap), top + static_cast<float>(i / 3) * (key + gap));
    const std::string_view name = kKeys[i];
    ImGui::PushID(static_cast<int>(i));
    if (name == "ok") {
      ButtonLook look = primaryLook(ctx, theme::kSuccess);
      look.font = ctx.fonts.heading;
      submitted = touchButton(ctx, "##key", at, ImVec2(key, key), look, "", icons::kCheck,
                              enabled && m_digits.size() >= 4);
    } else if (name == "del") {
      ButtonLook look = secondaryLook(ctx);
      look.font = ctx.fonts.heading;
      if (touchButton(ctx, "##key", at, ImVec2(key, key), look, "", icons::kBackspace, enabled && !m_digits.empty())) {
        m_digits.pop_back();
      }
    } else {
      ButtonLook look = secondaryLook(ctx);
      look.font = ctx.fonts.title;
      if (touchButton(ctx, "##key", at, ImVec2(key, key), look, kKeys[i], nullptr, enabled) &&
          m_digits.size() < kMaxDigits) {
        m_digits += name;
      }
    }
    ImGui::PopID();
  }
  return submitted;
}

}  // namespace kiosk::ui
