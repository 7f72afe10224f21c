// ContactScreen: "Leave your contact": what happens next and how the data is protected.
#pragma once

#include "kiosk/ui/screen.h"

namespace kiosk::ui {

class ContactScreen final : public Screen {
 public:
  [[nodiscard]] ScreenId id() const override { return ScreenId::Contact; }
  void draw(UiContext& ctx) override;
};

}  // namespace kiosk::ui
