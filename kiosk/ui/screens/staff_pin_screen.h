// StaffPinScreen: the PIN pad behind the hidden corner gesture. Wrong PINs back off
// exponentially and lock the pad out (core::PinGate); the digits are never shown or logged.
#pragma once

#include "kiosk/ui/screen.h"
#include "kiosk/ui/widgets/pin_pad.h"

namespace kiosk::ui {

class StaffPinScreen final : public Screen {
 public:
  [[nodiscard]] ScreenId id() const override { return ScreenId::StaffPin; }
  void onEnter(UiContext& ctx) override;
  void onLeave() override;
  void draw(UiContext& ctx) override;
  [[nodiscard]] bool isStaffOnly() const override { return true; }

 private:
  void submit(UiContext& ctx);
  [[nodiscard]] std::string message(const UiContext& ctx, ImU32& color) const;

  PinPad m_pad;
  bool m_lastRejected = false;
};

}  // namespace kiosk::ui
