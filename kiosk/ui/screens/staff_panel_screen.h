// StaffPanelScreen: for staff only, after the PIN. Kiosk facts, the status of every
// worker, content problems, and the only way to quit the kiosk.
#pragma once

#include "kiosk/ui/screen.h"

namespace kiosk::ui {

class StaffPanelScreen final : public Screen {
 public:
  [[nodiscard]] ScreenId id() const override { return ScreenId::Staff; }
  void onEnter(UiContext& ctx) override;
  void draw(UiContext& ctx) override;
  [[nodiscard]] bool isStaffOnly() const override { return true; }

 private:
  void drawFacts(UiContext& ctx, ImVec2 pos, float width);
  void drawWorkers(UiContext& ctx, ImVec2 pos, float width);
  void drawActions(UiContext& ctx, ImVec2 pos, float width);

  bool m_confirmQuit = false;
};

}  // namespace kiosk::ui
