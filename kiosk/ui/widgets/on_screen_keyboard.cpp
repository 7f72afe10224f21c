#include "kiosk/ui/widgets/on_screen_keyboard.h"

#include <algorithm>

#include "kiosk/ui/icons.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"
#include "kiosk/ui/widgets/touch_button.h"

namespace kiosk::ui {
namespace {

constexpr float kKeyHeight = 70.0f;
constexpr float kGap = 10.0f;
constexpr float kPadding = 18.0f;
constexpr int kRows = 5;

float rowUnits(const core::KeyRow& row) {
  float units = 0;
  for (const core::Key& key : row) units += key.width;
  return units;
}

// What a key shows: icons for shift and backspace, translated words for space and next.
std::string keyLabel(const UiContext& ctx, const core::Key& key, bool shift) {
  using core::KeyAction;
  switch (key.action) {
    case KeyAction::Shift: return icons::kArrowUp;
    case KeyAction::Backspace: return icons::kBackspace;
    case KeyAction::Space: return ctx.tr("keyboard.space");
    case KeyAction::Next: return std::string(ctx.tr("keyboard.next")) + "  " + icons::kChevronRight;
    case KeyAction::Symbols:
    case KeyAction::Letters: return key.text;
    case KeyAction::Insert: return shift && !key.shifted.empty() ? key.shifted : key.text;
  }
  return key.text;
}

const char* actionName(core::KeyAction action) {
  using core::KeyAction;
  switch (action) {
    case KeyAction::Insert: return "insert";
    case KeyAction::Backspace: return "backspace";
    case KeyAction::Shift: return "shift";
    case KeyAction::Space: return "space";
    case KeyAction::Next: return "next";
    case KeyAction::Symbols: return "symbols";
    case KeyAction::Letters: return "letters";
  }
  return "insert";
}

}  // namespace

float OnScreenKeyboard::height(const UiContext& ctx) {
  return ctx.px(kPadding * 2 + kKeyHeight * kRows + kGap * (kRows - 1));
}

void OnScreenKeyboard::focus(core::KeyboardMode mode, bool capitalise, std::size_t maxCodePoints) {
  m_mode = mode;
  m_page = core::KeyboardPage::Letters;
  m_typing = core::KeyboardTyping(maxCodePoints);
  m_typing.setShift(capitalise && mode == core::KeyboardMode::Text);
}

OnScreenKeyboard::Result OnScreenKeyboard::draw(const UiContext& ctx, ImVec2 pos, ImVec2 size, std::string& value) {
  using core::KeyAction;
  ImDrawList* list = ImGui::GetWindowDrawList();
  list->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), theme::kBrandDeep);

  const auto& rows = core::keyboardRows(ctx.state.i18n.language(), m_mode, m_page);
  float widest = 0;
  for (const core::KeyRow& row : rows) widest = std::max(widest, rowUnits(row));
  const float gap = ctx.px(kGap);
  const float padding = ctx.px(kPadding);
  const float keyHeight = (size.y - padding * 2 - gap * static_cast<float>(rows.size() - 1)) /
                          static_cast<float>(rows.size());
  // Phone pads stay key-sized in the middle instead of stretching across a 4K panel.
  const float maxUnit = m_mode == core::KeyboardMode::Phone ? ctx.px(220) : ctx.px(150);
  const float unit = std::min(maxUnit, (size.x - padding * 2 - gap * (widest - 1)) / widest);

  Result result = Result::None;
  int id = 0;
  float y = pos.y + padding;
  for (const core::KeyRow& row : rows) {
    const float rowWidth = rowUnits(row) * unit + gap * (rowUnits(row) - 1);
    float x = pos.x + (size.x - rowWidth) * 0.5f;
    for (const core::Key& key : row) {
      const float width = key.width * unit + gap * (key.width - 1);
      ImGui::PushID(id++);
      bool held = false;
      const bool tapped = touchArea("##key", ImVec2(x, y), ImVec2(width, keyHeight), &held);
      ImGui::PopID();

      const bool isAction = key.action != KeyAction::Insert;
      const bool lit = key.action == KeyAction::Shift && m_typing.shift();
      ImU32 fill = key.action == KeyAction::Next ? theme::kHighlight
                   : lit                         ? theme::kSurface
                   : isAction                    ? theme::shade(theme::kBrand, 1.25f)
                                                 : theme::kBrand;
      if (held) fill = theme::shade(fill, 0.75f);
      const ImU32 text = lit || key.action == KeyAction::Next ? theme::kBrandDeep : theme::kTextOnDark;
      drawCard(list, ImVec2(x, y), ImVec2(x + width, y + keyHeight), fill, ctx.px(12), 0);
      const std::string label = keyLabel(ctx, key, m_typing.shift());
      if (ctx.keyTargets) {
        ctx.keyTargets->push_back({x + width * 0.5f, y + keyHeight * 0.5f,
                                   key.action == KeyAction::Insert ? label : std::string(), actionName(key.action)});
      }
      drawTextCentered(list, isAction ? ctx.fonts.bodyBold : ctx.fonts.heading,
                       ImVec2(x + width * 0.5f, y + keyHeight * 0.5f), text, label.c_str());

      if (tapped) {
        switch (key.action) {
          case KeyAction::Next: result = Result::Next; break;
          case KeyAction::Symbols: m_page = core::KeyboardPage::Symbols; break;
          case KeyAction::Letters: m_page = core::KeyboardPage::Letters; break;
          default:
            m_typing.press(key, value);
            if (key.action != KeyAction::Shift) result = Result::Typed;
        }
      }
      x += width + gap;
    }
    y += keyHeight + gap;
  }
  return result;
}

}  // namespace kiosk::ui
