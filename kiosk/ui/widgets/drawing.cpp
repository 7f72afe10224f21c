#include "kiosk/ui/widgets/drawing.h"

#include <cfloat>
#include <cmath>
#include <cstring>

#include "kiosk/ui/theme.h"

namespace kiosk::ui {

ImVec2 textSize(ImFont* font, const char* text, float wrapWidth) {
  return font->CalcTextSizeA(font->FontSize, FLT_MAX, wrapWidth, text);
}

void drawText(ImDrawList* list, ImFont* font, ImVec2 pos, ImU32 color, const char* text, float wrapWidth) {
  list->AddText(font, font->FontSize, ImVec2(std::floor(pos.x), std::floor(pos.y)), color, text, nullptr, wrapWidth);
}

void drawTextCentered(ImDrawList* list, ImFont* font, ImVec2 center, ImU32 color, const char* text) {
  const ImVec2 size = textSize(font, text);
  drawText(list, font, ImVec2(center.x - size.x * 0.5f, center.y - size.y * 0.5f), color, text);
}

float drawParagraphCentered(ImDrawList* list, ImFont* font, ImVec2 top, float width, ImU32 color, const char* text) {
  const char* lineStart = text;
  const char* end = text + std::strlen(text);
  float y = top.y;
  while (lineStart < end) {
    const char* lineEnd = font->CalcWordWrapPositionA(1.0f, lineStart, end, width);
    if (lineEnd == lineStart) ++lineEnd;  // a word wider than the line: break it anyway
    const char* visibleEnd = lineEnd;
    while (visibleEnd > lineStart && (visibleEnd[-1] == ' ' || visibleEnd[-1] == '\n')) --visibleEnd;
    const float lineWidth = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, lineStart, visibleEnd).x;
    list->AddText(font, font->FontSize, ImVec2(std::floor(top.x + (width - lineWidth) * 0.5f), std::floor(y)), color,
                  lineStart, visibleEnd);
    y += font->FontSize * 1.25f;
    lineStart = lineEnd;
    while (lineStart < end && (*lineStart == ' ' || *lineStart == '\n')) ++lineStart;
  }
  return y - top.y;
}

void drawCard(ImDrawList* list, ImVec2 min, ImVec2 max, ImU32 fill, float rounding, float elevation) {
  // A soft shadow: a few faint layers, growing and sinking a little below the card.
  for (int layer = 3; layer >= 1; --layer) {
    const float spread = elevation * static_cast<float>(layer) * 0.4f;
    const float drop = elevation * static_cast<float>(layer) * 0.5f;
    list->AddRectFilled(ImVec2(min.x - spread, min.y - spread + drop), ImVec2(max.x + spread, max.y + spread + drop),
                        IM_COL32(15, 30, 60, 7), rounding + spread);
  }
  list->AddRectFilled(min, max, fill, rounding);
}

void drawGradient(ImDrawList* list, ImVec2 min, ImVec2 max, ImU32 top, ImU32 bottom) {
  list->AddRectFilledMultiColor(min, max, top, top, bottom, bottom);
}

void drawIconBadge(ImDrawList* list, ImFont* iconFont, float iconPx, ImVec2 center, float radius, ImU32 fill,
                   ImU32 iconColor, const char* icon) {
  list->AddCircleFilled(center, radius, fill, 64);
  const ImVec2 size = iconFont->CalcTextSizeA(iconPx, FLT_MAX, 0.0f, icon);
  list->AddText(iconFont, iconPx, ImVec2(std::floor(center.x - size.x * 0.5f), std::floor(center.y - size.y * 0.5f)),
                iconColor, icon);
}

}  // namespace kiosk::ui
