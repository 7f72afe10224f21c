// AssessmentQuestionScreen: one question per screen. Above it the progress strip (dimension,
// "question 4 of 22", minutes left); below it big answer targets for every question type:
// single choice and the scales (agreement, adoption, yes/partly/no) answer with one tap,
// multiple choice and the technology grid collect taps and go on with "Next". "Don't know" and
// "Previous question" are always at the bottom. The last answer leads to the results.
#pragma once

#include <memory>

#include "kiosk/assessment/answer_draft.h"
#include "kiosk/ui/assessment_flow.h"
#include "kiosk/ui/screen.h"

namespace kiosk::ui {

class AssessmentQuestionScreen final : public Screen {
 public:
  explicit AssessmentQuestionScreen(std::shared_ptr<AssessmentFlow> flow) : m_flow(std::move(flow)) {}

  [[nodiscard]] ScreenId id() const override { return ScreenId::AssessmentQuestion; }
  void draw(UiContext& ctx) override;
  void onSessionEnded() override;

 private:
  void drawChoices(UiContext& ctx, const assessment::Question& question, ImVec2 pos, ImVec2 size);
  void drawScale(UiContext& ctx, const assessment::Question& question, ImVec2 pos, ImVec2 size);
  void drawGrid(UiContext& ctx, const assessment::Question& question, ImVec2 pos, ImVec2 size);
  void drawFooter(UiContext& ctx, const assessment::Question& question);
  void submit(UiContext& ctx, assessment::Answer answer);

  std::shared_ptr<AssessmentFlow> m_flow;
  const assessment::Question* m_question = nullptr;  // the question m_draft belongs to
  assessment::AnswerDraft m_draft;
};

}  // namespace kiosk::ui
