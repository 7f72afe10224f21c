// HomeScreen: the start of every visit: four large tiles, one per section.
#pragma once

#include "kiosk/ui/screen.h"

namespace kiosk::ui {

class HomeScreen final : public Screen {
 public:
  [[nodiscard]] ScreenId id() const override { return ScreenId::Home; }
  void draw(UiContext& ctx) override;
};

}  // namespace kiosk::ui
