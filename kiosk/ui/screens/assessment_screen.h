// AssessmentScreen: the digital-maturity self-assessment. For now its introduction:
// what it measures (the six dimensions) and how long it takes.
#pragma once

#include "kiosk/ui/screen.h"

namespace kiosk::ui {

class AssessmentScreen final : public Screen {
 public:
  [[nodiscard]] ScreenId id() const override { return ScreenId::Assessment; }
  void draw(UiContext& ctx) override;
};

}  // namespace kiosk::ui
