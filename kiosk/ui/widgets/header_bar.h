// headerBar: the band at the top of every visitor screen: the PID wordmark, a back
// button where there is somewhere to go back to, and the language switch.
#pragma once

#include "kiosk/ui/ui_context.h"

namespace kiosk::ui {

void headerBar(UiContext& ctx);

}  // namespace kiosk::ui
