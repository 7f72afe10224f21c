#include "kiosk/ui/widgets/code_keypad.h"

#include <string_view>

#include "kiosk/ui/icons.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"
#include "kiosk/ui/widgets/touch_button.h"

namespace kiosk::ui {
namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kColumns = 8;
constexpr float kKeyWidth = 128.0f;
constexpr float kKeyHeight = 96.0f;
constexpr float kGap = 14.0f;
constexpr float kDisplayHeight = 110.0f;

}  // namespace

ImVec2 CodeKeypad::size(const UiContext& ctx) {
  const int rows = static_cast<int>(kAlphabet.size()) / kColumns + 1;
  return ImVec2(ctx.px(kKeyWidth * kColumns + kGap * (kColumns - 1)),
                ctx.px(kDisplayHeight + kGap * 2 + kKeyHeight * static_cast<float>(rows) + kGap * static_cast<float>(rows - 1)));
}

bool CodeKeypad::draw(const UiContext& ctx, ImVec2 pos) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float width = size(ctx).x;

  // The display: ten slots in two groups of five, like the printed code.
  const float slot = ctx.px(72);
  const float slotGap = ctx.px(10);
  const float dash = ctx.px(40);
  const float total = slot * kLength + slotGap * (kLength - 2) + dash;
  float x = pos.x + (width - total) * 0.5f;
  for (std::size_t i = 0; i < kLength; ++i) {
    const ImVec2 min(x, pos.y + ctx.px(8));
    const ImVec2 max(x + slot, pos.y + ctx.px(kDisplayHeight) - ctx.px(8));
    const bool filled = i < m_code.size();
    const bool next = i == m_code.size();
    list->AddRectFilled(min, max, theme::kSurface, ctx.px(10));
    list->AddRect(min, max, next ? theme::kAssessment : theme::kDivider, ctx.px(10), 0, ctx.px(next ? 4.0f : 2.0f));
    if (filled) {
      const char glyph[2] = {m_code[i], 0};
      drawTextCentered(list, ctx.fonts.title, ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f), theme::kText, glyph);
    }
    x += slot + (i == 4 ? dash : slotGap);
    if (i == 4) {
      drawTextCentered(list, ctx.fonts.title, ImVec2(x - dash * 0.5f - slotGap * 0.5f, (min.y + max.y) * 0.5f),
                       theme::kTextMuted, "-");
    }
  }

  const float top = pos.y + ctx.px(kDisplayHeight + kGap * 2);
  const ImVec2 key(ctx.px(kKeyWidth), ctx.px(kKeyHeight));
  const float gap = ctx.px(kGap);
  ButtonLook look = secondaryLook(ctx);
  look.font = ctx.fonts.title;
  const bool full = m_code.size() >= kLength;
  for (std::size_t i = 0; i < kAlphabet.size(); ++i) {
    const ImVec2 at(pos.x + static_cast<float>(i % kColumns) * (key.x + gap),
                    top + static_cast<float>(i / kColumns) * (key.y + gap));
    const char label[2] = {kAlphabet[i], 0};
    ImGui::PushID(static_cast<int>(i));
    if (touchButton(ctx, "##code-key", at, key, look, label, nullptr, !full)) m_code += kAlphabet[i];
    ImGui::PopID();
  }
  const float lastRow = top + static_cast<float>(kAlphabet.size() / kColumns) * (key.y + gap);
  const ImVec2 wide(key.x * 4 + gap * 3, key.y);
  ButtonLook del = secondaryLook(ctx);
  del.font = ctx.fonts.heading;
  if (touchButton(ctx, "##code-del", ImVec2(pos.x, lastRow), wide, del, ctx.tr("assessment_code.delete"), icons::kBackspace,
                  !m_code.empty())) {
    m_code.pop_back();
  }
  ButtonLook ok = primaryLook(ctx, theme::kAssessment);
  ok.font = ctx.fonts.heading;
  return touchButton(ctx, "##code-ok", ImVec2(pos.x + wide.x + gap, lastRow), wide, ok, ctx.tr("assessment_code.compare"),
                     icons::kCheck, full);
}

}  // namespace kiosk::ui
