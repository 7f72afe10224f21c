// AssessmentCodeScreen: re-assessment. A visitor who took the test before types the return
// code of that result on a touch keypad; the results screen then shows the old and the new
// result side by side on the radar. A mistyped code is caught by its check character.
#pragma once

#include <memory>
#include <string>

#include "kiosk/ui/assessment_flow.h"
#include "kiosk/ui/screen.h"
#include "kiosk/ui/widgets/code_keypad.h"

namespace kiosk::ui {

class AssessmentCodeScreen final : public Screen {
 public:
  explicit AssessmentCodeScreen(std::shared_ptr<AssessmentFlow> flow) : m_flow(std::move(flow)) {}

  [[nodiscard]] ScreenId id() const override { return ScreenId::AssessmentCode; }
  void onEnter(UiContext& ctx) override;
  void draw(UiContext& ctx) override;
  void onSessionEnded() override;

 private:
  std::shared_ptr<AssessmentFlow> m_flow;
  CodeKeypad m_keypad;
  std::string m_error;  // i18n key of the last refusal, "" when none
};

}  // namespace kiosk::ui
