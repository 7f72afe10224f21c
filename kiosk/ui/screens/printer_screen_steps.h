// The printer screen's steps, drawn as free functions so each stays short: the gallery, the bed
// check, heating/printing/paused, done/cancelled, and an error. Each returns what was tapped; the
// screen decides whether it needs the staff PIN and sends the command.
#pragma once

#include <string>

#include "demos/printer/print_demo_flow.h"
#include "kiosk/ui/ui_context.h"

namespace kiosk::ui::printer_steps {

enum class Action { None, Choose, ConfirmBedClear, Back, Pause, Resume, Cancel, ClearError, Contact };

struct Tap {
  Action action = Action::None;
  std::string jobId;  // Choose
};

// The title row under the header, with the step as a subtitle; returns where the body starts.
float titleRow(const UiContext& ctx, const char* subtitle);

Tap gallery(const UiContext& ctx, float top);
Tap bedCheck(const UiContext& ctx, float top, const demos::DemoView& view, bool staffUnlocked);
Tap printing(const UiContext& ctx, float top, const demos::DemoView& view, bool staffUnlocked);
Tap finished(const UiContext& ctx, float top, const demos::DemoView& view);
Tap error(const UiContext& ctx, float top, const demos::DemoView& view, bool staffUnlocked);

}  // namespace kiosk::ui::printer_steps
