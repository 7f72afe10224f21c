#include "kiosk/ui/widgets/text_field.h"

#include <string>

#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"
#include "kiosk/ui/widgets/touch_button.h"

namespace kiosk::ui {
namespace {

constexpr float kLabel = 34.0f;
constexpr float kBox = 68.0f;
constexpr float kMessage = 30.0f;

}  // namespace

float textFieldHeight(const UiContext& ctx) { return ctx.px(kLabel + kBox + kMessage); }

bool textField(const UiContext& ctx, const char* id, ImVec2 pos, float width, const TextFieldView& view) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const std::string label = std::string(view.label) + (view.required ? " *" : "");
  drawText(list, ctx.fonts.small, pos, theme::kTextMuted, label.c_str());

  const ImVec2 boxMin(pos.x, pos.y + ctx.px(kLabel));
  const ImVec2 boxMax(pos.x + width, boxMin.y + ctx.px(kBox));
  const bool tapped = touchArea(id, boxMin, ImVec2(width, ctx.px(kBox)));
  const ImU32 border = view.error ? theme::kDanger : view.active ? theme::kBrand : theme::kDivider;
  list->AddRectFilled(boxMin, boxMax, theme::kSurface, ctx.px(12));
  list->AddRect(boxMin, boxMax, border, ctx.px(12), 0, ctx.px(view.active || view.error ? 3.0f : 2.0f));

  // The end of the value stays visible while typing: long values scroll left inside the box.
  const float padding = ctx.px(18);
  const float inner = width - padding * 2;
  const std::string shown = view.masked ? std::string(std::string_view(view.value).size(), '*') : view.value;
  const ImVec2 valueSize = textSize(ctx.fonts.body, shown.c_str());
  const float textY = boxMin.y + (ctx.px(kBox) - valueSize.y) * 0.5f;
  const float shift = std::max(0.0f, valueSize.x + ctx.px(6) - inner);
  list->PushClipRect(ImVec2(boxMin.x + padding * 0.5f, boxMin.y), ImVec2(boxMax.x - padding * 0.5f, boxMax.y), true);
  drawText(list, ctx.fonts.body, ImVec2(boxMin.x + padding - shift, textY), theme::kText, shown.c_str());
  if (view.active) {
    const float caretX = boxMin.x + padding - shift + valueSize.x + ctx.px(2);
    list->AddRectFilled(ImVec2(caretX, boxMin.y + ctx.px(14)), ImVec2(caretX + ctx.px(3), boxMax.y - ctx.px(14)),
                        theme::kBrand);
  }
  list->PopClipRect();

  if (view.error) {
    drawText(list, ctx.fonts.small, ImVec2(pos.x + ctx.px(4), boxMax.y + ctx.px(4)), theme::kDanger, view.error);
  }
  return tapped;
}

}  // namespace kiosk::ui
