#include "kiosk/ui/widgets/touch_button.h"

#include <string>

#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"

namespace kiosk::ui {

ButtonLook primaryLook(const UiContext& ctx, ImU32 fill) {
  return ButtonLook{fill, theme::kTextOnDark, 0, ctx.fonts.bodyBold, ctx.px(3)};
}

ButtonLook secondaryLook(const UiContext& ctx) {
  return ButtonLook{theme::kSurface, theme::kBrand, theme::kDivider, ctx.fonts.bodyBold, ctx.px(2)};
}

bool touchArea(const char* id, ImVec2 pos, ImVec2 size, bool* held) {
  ImGui::SetCursorScreenPos(pos);
  const bool pressed = ImGui::InvisibleButton(id, size);
  if (held) *held = ImGui::IsItemActive();
  return pressed;
}

bool touchButton(const UiContext& ctx, const char* id, ImVec2 pos, ImVec2 size, const ButtonLook& look,
                 const char* label, const char* icon, bool enabled) {
  if (!enabled) ImGui::BeginDisabled();
  bool held = false;
  const bool pressed = touchArea(id, pos, size, &held);
  if (!enabled) ImGui::EndDisabled();

  ImDrawList* list = ImGui::GetWindowDrawList();
  const ImVec2 max(pos.x + size.x, pos.y + size.y);
  const float rounding = size.y * 0.5f;
  ImU32 fill = held ? theme::shade(look.fill, 0.82f) : look.fill;
  ImU32 text = look.text;
  if (!enabled) {
    fill = theme::withAlpha(fill, 110);
    text = theme::withAlpha(text, 150);
  }
  drawCard(list, pos, max, fill, rounding, held || !enabled ? 0.0f : look.elevation);
  if (look.outline) list->AddRect(pos, max, look.outline, rounding, 0, ctx.px(2));

  std::string content = label;
  if (icon) content = *label ? std::string(icon) + "  " + label : std::string(icon);
  drawTextCentered(list, look.font, ImVec2(pos.x + size.x * 0.5f, pos.y + size.y * 0.5f), text, content.c_str());
  return pressed && enabled;
}

}  // namespace kiosk::ui
