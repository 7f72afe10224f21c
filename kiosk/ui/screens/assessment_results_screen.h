// AssessmentResultsScreen: the visitor's result. Left: the overall level with its sentence,
// a bar per dimension, and the take-home QR with the return code. Middle: the radar chart,
// with an earlier result (typed as a return code) and the sector average of other visitors
// (once there are enough) drawn over it. Right: the top three recommendations, each with
// "try the demo now" where this kiosk has one, and the way to a digital promoter.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "kiosk/assessment/result_view.h"
#include "kiosk/ui/assessment_flow.h"
#include "kiosk/ui/screen.h"
#include "kiosk/ui/widgets/qr_code.h"

namespace kiosk::ui {

class AssessmentResultsScreen final : public Screen {
 public:
  explicit AssessmentResultsScreen(std::shared_ptr<AssessmentFlow> flow) : m_flow(std::move(flow)) {}

  [[nodiscard]] ScreenId id() const override { return ScreenId::AssessmentResults; }
  void draw(UiContext& ctx) override;
  void onSessionEnded() override;

 private:
  // Rebuilds the view and the QR when the result or the language changed (not every frame).
  bool refresh(UiContext& ctx);
  void drawLevel(UiContext& ctx, ImVec2 pos, float width);
  float drawBars(UiContext& ctx, ImVec2 pos, float width);
  void drawTakeHome(UiContext& ctx, ImVec2 pos, ImVec2 size);
  void drawRadar(UiContext& ctx, ImVec2 pos, ImVec2 size);
  void drawRecommendations(UiContext& ctx, ImVec2 pos, ImVec2 size);

  std::shared_ptr<AssessmentFlow> m_flow;
  std::optional<assessment::ResultView> m_view;
  std::optional<QrMatrix> m_qr;
  int m_revision = -1;
  std::string m_language;
  std::string m_compared;  // the earlier code reported with the view ("" without a comparison)
};

}  // namespace kiosk::ui
