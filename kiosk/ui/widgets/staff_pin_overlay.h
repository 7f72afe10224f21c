// StaffPinOverlay: the staff PIN asked on top of a demo screen, for one staff-only action
// (start a print, pause, cancel, clear an error). Same PinGate as the staff panel, so wrong PINs
// here count towards the same back-off and lockout; the digits are never shown.
#pragma once

#include <string>

#include "kiosk/ui/ui_context.h"
#include "kiosk/ui/widgets/pin_pad.h"

namespace kiosk::ui {

class StaffPinOverlay {
 public:
  enum class Result { Open, Accepted, Cancelled };

  // `reason` is an i18n key saying what the PIN is for ("Start the print").
  void open(std::string reasonKey);
  void close();
  [[nodiscard]] bool isOpen() const { return m_open; }

  // Draw last, over the screen (whose own buttons the caller disables meanwhile).
  Result draw(UiContext& ctx);

 private:
  PinPad m_pad;
  std::string m_reasonKey;
  bool m_open = false;
  bool m_lastRejected = false;
};

}  // namespace kiosk::ui
