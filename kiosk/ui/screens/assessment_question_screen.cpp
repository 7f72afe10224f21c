#include "kiosk/ui/screens/assessment_question_screen.h"

#include <algorithm>
#include <string>

#include <spdlog/spdlog.h>

#include "kiosk/ui/icons.h"
#include "kiosk/ui/navigator.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/answer_grid.h"
#include "kiosk/ui/widgets/assessment_progress.h"
#include "kiosk/ui/widgets/choice_chip.h"
#include "kiosk/ui/widgets/drawing.h"
#include "kiosk/ui/widgets/section_intro.h"
#include "kiosk/ui/widgets/touch_button.h"

namespace kiosk::ui {
namespace {

using assessment::Answer;
using assessment::Question;
using assessment::QuestionType;

constexpr float kFooterHeight = 96.0f;
constexpr float kFooterBottom = 40.0f;
constexpr float kAnswersTop = 440.0f;

bool isScale(QuestionType type) {
  return type == QuestionType::Likert5 || type == QuestionType::Adoption || type == QuestionType::Tristate;
}

// The earlier answer's single option, to show it chosen after "back".
std::string chosenOption(const Answer* earlier) {
  return earlier && !earlier->dontKnow && earlier->options.size() == 1 ? earlier->options.front() : std::string();
}

// One step of a scale: a tall tile with a ring (filled when chosen) above the wrapped label.
bool scaleTile(const UiContext& ctx, const char* id, ImVec2 pos, ImVec2 size, const char* label, bool chosen,
               int step, int steps) {
  bool held = false;
  const bool tapped = touchArea(id, pos, size, &held);
  ImDrawList* list = ImGui::GetWindowDrawList();
  const ImVec2 max(pos.x + size.x, pos.y + size.y);
  // The scale reads left to right: a stronger tint for the further steps.
  const int tint = 14 + 40 * step / std::max(1, steps - 1);
  ImU32 fill = chosen ? theme::kAssessment : theme::withAlpha(theme::kAssessment, tint);
  if (held) fill = theme::shade(fill, 0.85f);
  drawCard(list, pos, max, theme::kSurface, ctx.px(18), held ? 0.0f : ctx.px(2));
  list->AddRectFilled(pos, max, fill, ctx.px(18));
  list->AddRect(pos, max, chosen ? theme::shade(theme::kAssessment, 0.7f) : theme::kDivider, ctx.px(18), 0,
                ctx.px(chosen ? 4.0f : 2.0f));
  const ImVec2 ring(pos.x + size.x * 0.5f, pos.y + ctx.px(54));
  list->AddCircle(ring, ctx.px(22), chosen ? theme::kTextOnDark : theme::kTextMuted, 32, ctx.px(3.5f));
  if (chosen) list->AddCircleFilled(ring, ctx.px(12), theme::kTextOnDark, 32);
  const float wrap = size.x - ctx.px(28);
  const float textHeight = textSize(ctx.fonts.bodyBold, label, wrap).y;
  const float textTop = pos.y + ctx.px(96) + (size.y - ctx.px(96) - textHeight) * 0.5f - ctx.px(8);
  drawParagraphCentered(list, ctx.fonts.bodyBold, ImVec2(pos.x + ctx.px(14), textTop), wrap,
                        chosen ? theme::kTextOnDark : theme::kText, label);
  return tapped;
}

}  // namespace

void AssessmentQuestionScreen::onSessionEnded() {
  m_flow->wipe();
  m_question = nullptr;
  m_draft = {};
}

void AssessmentQuestionScreen::draw(UiContext& ctx) {
  core::AssessmentDesk& desk = ctx.state.assessment;
  if (!m_flow->begin(desk, ctx.now)) {
    // Only reachable when the questionnaire is broken (the introduction offers no way in then).
    sectionIntro(ctx, icons::kWarning, theme::kDanger, ctx.tr("assessment_intro.unavailable_title"),
                 ctx.tr("assessment_intro.unavailable_text"));
    return;
  }
  assessment::Session& session = *m_flow->session();
  // Back from the results: the last question again, with its answer chosen.
  if (session.finished()) session.back();
  const Question* question = session.current();
  if (!question) return;
  if (question != m_question) {
    m_question = question;
    m_draft = assessment::AnswerDraft(*question, session.currentAnswer());
  }
  const std::string& lang = ctx.state.i18n.language();
  const assessment::Content& content = session.content();

  // Progress: the dimension, the position and an estimate of what is left.
  const float margin = ctx.px(theme::kMargin);
  const float width = ctx.size.x - margin * 2;
  const assessment::Progress progress = session.progress();
  std::string counter = ctx.state.i18n.format(
      "assessment_question.counter", {{"number", std::to_string(progress.number)}, {"total", std::to_string(progress.total)}});
  counter += "  ·  ";
  counter += progress.minutesLeft <= 1
                 ? std::string(ctx.tr("assessment_question.last_minute"))
                 : ctx.state.i18n.format("assessment_question.minutes_left", {{"minutes", std::to_string(progress.minutesLeft)}});
  float y = ctx.px(theme::kHeaderHeight) + ctx.px(28);
  y += assessmentProgress(ctx, ImVec2(margin, y), width, assessment::localized(content.sectionTitle(*question), lang).c_str(),
                          counter.c_str(), static_cast<float>(progress.fraction));

  // The question: large when it fits in two lines, one size smaller otherwise.
  ImDrawList* list = ImGui::GetWindowDrawList();
  const std::string& text = assessment::localized(question->text, lang);
  ImFont* font = textSize(ctx.fonts.title, text.c_str(), width).y <= ctx.fonts.title->FontSize * 2.4f ? ctx.fonts.title
                                                                                                    : ctx.fonts.heading;
  y += ctx.px(30);
  drawText(list, font, ImVec2(margin, y), theme::kText, text.c_str(), width);
  y += textSize(font, text.c_str(), width).y + ctx.px(8);
  if (!question->help.empty()) {
    const std::string& help = assessment::localized(question->help, lang);
    drawText(list, ctx.fonts.body, ImVec2(margin, y), theme::kTextMuted, help.c_str(), width);
    y += textSize(ctx.fonts.body, help.c_str(), width).y;
  }
  y += ctx.px(28);
  // Answers start at the same height on every screen (the grid needs all the room it can get),
  // so a finger finds the options where it found them on the question before.
  if (question->type != QuestionType::Matrix) y = std::max(y, ctx.px(kAnswersTop));

  const float bottom = ctx.size.y - ctx.px(kFooterBottom + kFooterHeight) - ctx.px(28);
  const ImVec2 area(width, bottom - y);
  if (question->type == QuestionType::Matrix) {
    drawGrid(ctx, *question, ImVec2(margin, y), area);
  } else if (isScale(question->type)) {
    drawScale(ctx, *question, ImVec2(margin, y), area);
  } else {
    drawChoices(ctx, *question, ImVec2(margin, y), area);
  }
  drawFooter(ctx, *question);
}

void AssessmentQuestionScreen::drawChoices(UiContext& ctx, const Question& question, ImVec2 pos, ImVec2 size) {
  const std::string& lang = ctx.state.i18n.language();
  const bool multi = question.type == QuestionType::Multi;
  const std::string chosen = chosenOption(m_flow->session()->currentAnswer());
  const std::size_t count = question.options.size();
  const std::size_t columns = count > 4 ? 2 : 1;
  const std::size_t rows = (count + columns - 1) / columns;
  const float gap = ctx.px(20);
  const float height = std::min(ctx.px(132), (size.y - gap * static_cast<float>(rows - 1)) / static_cast<float>(rows));
  const float width = (size.x - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
  for (std::size_t i = 0; i < count; ++i) {
    const assessment::Option& option = question.options[i];
    // Column-major, so the options read down the first column, then the second.
    const std::size_t column = i / rows;
    const std::size_t row = i % rows;
    const ImVec2 at(pos.x + static_cast<float>(column) * (width + gap), pos.y + static_cast<float>(row) * (height + gap));
    const bool selected = multi ? m_draft.selected(option.id) : option.id == chosen;
    ImGui::PushID(static_cast<int>(i));
    const bool tapped = choiceChip(ctx, "##option", at, ImVec2(width, height), assessment::localized(option.text, lang).c_str(),
                                   selected, multi ? ChipKind::Check : ChipKind::Radio, theme::kAssessment);
    ImGui::PopID();
    if (!tapped) continue;
    if (multi) {
      m_draft.toggle(option.id);
    } else {
      submit(ctx, Answer::choose(option.id));
    }
  }
}

void AssessmentQuestionScreen::drawScale(UiContext& ctx, const Question& question, ImVec2 pos, ImVec2 size) {
  const std::string& lang = ctx.state.i18n.language();
  const std::string chosen = chosenOption(m_flow->session()->currentAnswer());
  const auto steps = static_cast<int>(question.options.size());
  const float gap = ctx.px(20);
  const float width = std::min(ctx.px(420), (size.x - gap * static_cast<float>(steps - 1)) / static_cast<float>(steps));
  const float height = std::min(ctx.px(300), size.y);
  const float total = width * static_cast<float>(steps) + gap * static_cast<float>(steps - 1);
  const float left = pos.x + (size.x - total) * 0.5f;
  const float top = pos.y + (size.y - height) * 0.25f;
  for (int i = 0; i < steps; ++i) {
    const assessment::Option& option = question.options[static_cast<std::size_t>(i)];
    ImGui::PushID(i);
    if (scaleTile(ctx, "##step", ImVec2(left + static_cast<float>(i) * (width + gap), top), ImVec2(width, height),
                  assessment::localized(option.text, lang).c_str(), option.id == chosen, i, steps)) {
      submit(ctx, Answer::choose(option.id));
    }
    ImGui::PopID();
  }
}

void AssessmentQuestionScreen::drawGrid(UiContext& ctx, const Question& question, ImVec2 pos, ImVec2 size) {
  const std::string& lang = ctx.state.i18n.language();
  const assessment::Content& content = m_flow->session()->content();
  std::vector<GridColumn> columns;
  for (const assessment::Option& option : question.options) columns.push_back({option.id, assessment::localized(option.text, lang)});
  if (question.notApplicableAllowed)
    columns.push_back({std::string(assessment::kNotApplicable), assessment::localized(content.labels.notApplicable, lang)});
  if (question.dontKnowAllowed)
    columns.push_back({std::string(assessment::kDontKnow), assessment::localized(content.labels.dontKnow, lang)});
  std::vector<GridRow> rows;
  for (const assessment::Row& row : question.rows)
    rows.push_back({row.id, assessment::localized(row.text, lang), std::string(m_draft.rowValue(row.id))});
  if (auto tapped = answerGrid(ctx, pos, size, columns, rows)) m_draft.setRow(tapped->first, tapped->second);
}

void AssessmentQuestionScreen::drawFooter(UiContext& ctx, const Question& question) {
  const float margin = ctx.px(theme::kMargin);
  const float y = ctx.size.y - ctx.px(kFooterBottom + kFooterHeight);
  const ImVec2 button(ctx.px(440), ctx.px(kFooterHeight));
  assessment::Session& session = *m_flow->session();

  // Back is always possible: to the previous question, or out to the introduction from the first.
  if (touchButton(ctx, "##previous", ImVec2(margin, y), button, secondaryLook(ctx), ctx.tr("assessment_question.previous"),
                  icons::kChevronLeft)) {
    if (!session.back()) ctx.nav.back();
    return;
  }
  if (question.dontKnowAllowed) {
    const std::string& label = assessment::localized(session.content().labels.dontKnow, ctx.state.i18n.language());
    const bool chosen = session.currentAnswer() && session.currentAnswer()->dontKnow;
    ButtonLook look = chosen ? primaryLook(ctx, theme::kTextMuted) : secondaryLook(ctx);
    if (touchButton(ctx, "##dont-know", ImVec2((ctx.size.x - button.x) * 0.5f, y), button, look, label.c_str())) {
      submit(ctx, Answer::unknown());
      return;
    }
  }
  // "Next": collects a multiple choice or the grid; for one-tap questions it keeps an earlier answer.
  const bool collects = question.type == QuestionType::Multi || question.type == QuestionType::Matrix;
  const assessment::Answer* earlier = session.currentAnswer();
  const bool ready = collects ? m_draft.complete() : earlier != nullptr;
  const bool last = session.progress().number >= session.progress().total;
  const char* label = ctx.tr(last ? "assessment_question.see_results" : "assessment_question.next");
  if (touchButton(ctx, "##next", ImVec2(ctx.size.x - margin - button.x, y), button, primaryLook(ctx, theme::kAssessment),
                  label, icons::kChevronRight, ready)) {
    submit(ctx, collects ? m_draft.answer() : *earlier);
  }
}

void AssessmentQuestionScreen::submit(UiContext& ctx, Answer answer) {
  assessment::Session& session = *m_flow->session();
  if (auto ok = session.answer(std::move(answer)); !ok) {
    // The screen only offers valid answers: a refusal is a bug worth a log line, not a crash.
    spdlog::error("assessment: answer refused: {}", ok.error());
    return;
  }
  m_question = nullptr;  // a new draft for the next question (or the same one, revisited)
  if (session.finished()) {
    m_flow->finish(ctx.state, ctx.now);
    ctx.nav.go(ScreenId::AssessmentResults);
  }
}

}  // namespace kiosk::ui
