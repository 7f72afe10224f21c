// PinPad: the staff PIN entry: a row of dots (digits never shown) and a 3x4 keypad.
#pragma once

#include <string>

#include <imgui.h>

#include "kiosk/ui/ui_context.h"

namespace kiosk::ui {

class PinPad {
 public:
  static constexpr std::size_t kMaxDigits = 12;

  // Draws the pad with its top-left at pos; returns true when OK is tapped.
  bool draw(const UiContext& ctx, ImVec2 pos, bool enabled);
  [[nodiscard]] static ImVec2 size(const UiContext& ctx);

  [[nodiscard]] const std::string& digits() const { return m_digits; }
  void clear();

 private:
  std::string m_digits;
};

}  // namespace kiosk::ui
