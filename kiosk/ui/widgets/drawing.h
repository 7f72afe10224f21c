// Drawing helpers over ImDrawList: text placement with our fonts, cards with soft shadows.
#pragma once

#include <imgui.h>

namespace kiosk::ui {

[[nodiscard]] ImVec2 textSize(ImFont* font, const char* text, float wrapWidth = 0.0f);
void drawText(ImDrawList* list, ImFont* font, ImVec2 pos, ImU32 color, const char* text, float wrapWidth = 0.0f);
// Centred on `center` horizontally and vertically.
void drawTextCentered(ImDrawList* list, ImFont* font, ImVec2 center, ImU32 color, const char* text);
// Wrapped to `width` and centred line by line under `top`; returns the height used.
float drawParagraphCentered(ImDrawList* list, ImFont* font, ImVec2 top, float width, ImU32 color, const char* text);

// A rounded card with a soft drop shadow (a few translucent offset layers).
void drawCard(ImDrawList* list, ImVec2 min, ImVec2 max, ImU32 fill, float rounding, float elevation);
// A vertical gradient filling the rectangle.
void drawGradient(ImDrawList* list, ImVec2 min, ImVec2 max, ImU32 top, ImU32 bottom);
// An icon glyph centred in a filled circle.
void drawIconBadge(ImDrawList* list, ImFont* iconFont, float iconPx, ImVec2 center, float radius, ImU32 fill,
                   ImU32 iconColor, const char* icon);

}  // namespace kiosk::ui
