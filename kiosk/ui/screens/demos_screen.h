// DemosScreen: the live demos of the demo area (3D printer, RFID reader, AR camera).
#pragma once

#include "kiosk/ui/screen.h"

namespace kiosk::ui {

class DemosScreen final : public Screen {
 public:
  [[nodiscard]] ScreenId id() const override { return ScreenId::Demos; }
  void draw(UiContext& ctx) override;
};

}  // namespace kiosk::ui
