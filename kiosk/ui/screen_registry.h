// The one place that knows every screen.
#pragma once

#include "kiosk/ui/navigator.h"

namespace kiosk::ui {

void registerScreens(Navigator& nav);

}  // namespace kiosk::ui
