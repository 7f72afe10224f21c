// StaffDashboardScreen: for staff, from the staff panel. Today and this event at a glance
// (visits, assessments, leads, demo runs), visits and leads per day, the assessment averages
// by sector, the health of every device with its last error, and the operations: the event
// name (on the leads screen), a new PIN (typed twice), restart and quit.
#pragma once

#include "kiosk/ui/screen.h"
#include "kiosk/ui/widgets/pin_pad.h"

namespace kiosk::ui {

class StaffDashboardScreen final : public Screen {
 public:
  [[nodiscard]] ScreenId id() const override { return ScreenId::StaffDashboard; }
  void onEnter(UiContext& ctx) override;
  void onLeave() override;
  void draw(UiContext& ctx) override;
  [[nodiscard]] bool isStaffOnly() const override { return true; }

 private:
  enum class Confirm { None, Restart, Quit };
  enum class PinStep { Closed, First, Second, Done };

  void drawAtAGlance(UiContext& ctx, ImVec2 pos, float width);
  void drawActions(UiContext& ctx, ImVec2 pos, float width);
  void drawPinChange(UiContext& ctx);
  void submitPin(UiContext& ctx);

  Confirm m_confirm = Confirm::None;
  PinStep m_pinStep = PinStep::Closed;
  PinPad m_pad;
  std::string m_firstPin;
  const char* m_pinMessage = nullptr;  // i18n key of the last problem, null = the prompt
};

}  // namespace kiosk::ui
