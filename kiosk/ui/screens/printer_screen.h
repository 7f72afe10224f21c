// PrinterScreen: the live 3D-print demo. Visitors choose an object from the gallery; staff confirm
// the bed is clear (PIN, then a few minutes without asking again) and the printer heats and
// prints while the screen shows progress, layer, time left and a live temperature plot; staff can
// pause or cancel; faults say what happened and what staff should do. All printer work happens in
// the app's PrinterService: this screen reads ctx.state.printer and sends commands. It draws only
// when something changes: a printer update, a tap, the end of the staff unlock.
#pragma once

#include <optional>

#include "kiosk/core/printer_desk.h"
#include "kiosk/core/staff_unlock.h"
#include "kiosk/ui/screen.h"
#include "kiosk/ui/widgets/staff_pin_overlay.h"

namespace kiosk::ui {

class PrinterScreen final : public Screen {
 public:
  [[nodiscard]] ScreenId id() const override { return ScreenId::Printer; }
  void draw(UiContext& ctx) override;
  void onEnter(UiContext& ctx) override;
  void onLeave() override;
  void onSessionEnded() override;

 private:
  // Staff-only commands go out at once while staff are unlocked, else after the PIN.
  void request(UiContext& ctx, core::PrinterCommand command, bool staffOnly, const char* reasonKey);
  void send(UiContext& ctx, core::PrinterCommand command);

  StaffPinOverlay m_pin;
  core::StaffUnlock m_unlock;
  std::optional<core::PrinterCommand> m_pending;  // waiting for the PIN
};

}  // namespace kiosk::ui
