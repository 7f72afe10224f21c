// infoCard: a white card with a coloured badge (an icon or a number), a title and text.
// The building block of the section screens and the library list.
#pragma once

#include <imgui.h>

#include "kiosk/ui/ui_context.h"

namespace kiosk::ui {

struct InfoCard {
  const char* badge;      // icon glyph or short text
  ImFont* badgeFont;      // fonts.icon for glyphs, a text font for numbers/letters
  ImU32 accent;
  const char* title;
  const char* text;
  const char* chip = nullptr;  // optional status label under the text
};

enum class CardLayout { Row, Column };  // badge left of the text / badge above it

void drawInfoCard(const UiContext& ctx, ImVec2 pos, ImVec2 size, const InfoCard& card, CardLayout layout);

}  // namespace kiosk::ui
