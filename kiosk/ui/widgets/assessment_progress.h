// assessmentProgress: the strip above a question: the dimension (or "Your business") in the
// section colour, "Question 4 of 22 · about 9 minutes left" and a bar. Returns its height.
#pragma once

#include "kiosk/ui/ui_context.h"

namespace kiosk::ui {

float assessmentProgress(const UiContext& ctx, ImVec2 pos, float width, const char* section, const char* counter,
                         float fraction);

}  // namespace kiosk::ui
