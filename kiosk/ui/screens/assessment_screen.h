// AssessmentScreen: the introduction to the digital-maturity self-assessment: what it measures
// (the six dimensions), how many questions and minutes (counted from the questionnaire), and
// the way in: start, resume, or see the result again. When the questionnaire could not be
// loaded it says the test is not available (staff see why in the staff panel).
#pragma once

#include <memory>

#include "kiosk/ui/assessment_flow.h"
#include "kiosk/ui/screen.h"

namespace kiosk::ui {

class AssessmentScreen final : public Screen {
 public:
  explicit AssessmentScreen(std::shared_ptr<AssessmentFlow> flow) : m_flow(std::move(flow)) {}

  [[nodiscard]] ScreenId id() const override { return ScreenId::Assessment; }
  void draw(UiContext& ctx) override;
  void onSessionEnded() override { m_flow->wipe(); }

 private:
  void drawActions(UiContext& ctx, float y);

  std::shared_ptr<AssessmentFlow> m_flow;
};

}  // namespace kiosk::ui
