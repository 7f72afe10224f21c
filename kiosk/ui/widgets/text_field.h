// TextField: a form field for fingers: label above, a tall box with the value, a steady caret
// when it is the field being typed into (no blinking: an idle kiosk draws nothing), and the
// validation message under it.
#pragma once

#include <imgui.h>

#include "kiosk/ui/ui_context.h"

namespace kiosk::ui {

struct TextFieldView {
  const char* label;
  const char* value;
  const char* error = nullptr;  // translated message, nullptr when fine
  bool required = false;
  bool active = false;
  bool masked = false;          // not used for leads; kept for PIN-like fields
};

// The height a field takes (label + box + message line) at this scale.
[[nodiscard]] float textFieldHeight(const UiContext& ctx);

// Returns true when the field is tapped.
bool textField(const UiContext& ctx, const char* id, ImVec2 pos, float width, const TextFieldView& view);

}  // namespace kiosk::ui
