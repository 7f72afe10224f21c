// OnScreenKeyboard: draws a KeyboardLayout docked at the bottom of the screen and types
// into the caller's string. Keys are big (at least 80 px at 1080p) and show a pressed
// state only while a finger is on them.
#pragma once

#include <string>

#include <imgui.h>

#include "kiosk/core/keyboard_layout.h"
#include "kiosk/ui/ui_context.h"

namespace kiosk::ui {

class OnScreenKeyboard {
 public:
  enum class Result { None, Typed, Next };

  // A new field gets focus: letters page, shift on for names (capitalise the first letter).
  void focus(core::KeyboardMode mode, bool capitalise, std::size_t maxCodePoints);

  // Draws in [pos, pos + size) and edits `value`.
  Result draw(const UiContext& ctx, ImVec2 pos, ImVec2 size, std::string& value);

  // The height it needs at this display scale.
  [[nodiscard]] static float height(const UiContext& ctx);
  [[nodiscard]] core::KeyboardMode mode() const { return m_mode; }

 private:
  core::KeyboardMode m_mode = core::KeyboardMode::Text;
  core::KeyboardPage m_page = core::KeyboardPage::Letters;
  core::KeyboardTyping m_typing;
};

}  // namespace kiosk::ui
