// CodeKeypad: typing a return code by touch: the 32 characters of the code's alphabet
// (Crockford base 32: digits and letters without I, L, O, U, so nothing looks alike), a
// delete key and OK. The typed code is shown above as "54CJR-8KDJP" with empty slots.
#pragma once

#include <string>

#include <imgui.h>

#include "kiosk/ui/ui_context.h"

namespace kiosk::ui {

class CodeKeypad {
 public:
  static constexpr std::size_t kLength = 10;

  // Draws with its top-left at pos; returns true when OK is tapped with a full code.
  bool draw(const UiContext& ctx, ImVec2 pos);
  [[nodiscard]] static ImVec2 size(const UiContext& ctx);

  [[nodiscard]] const std::string& code() const { return m_code; }
  void clear() { m_code.clear(); }

 private:
  std::string m_code;  // without the dash
};

}  // namespace kiosk::ui
