#include "kiosk/assessment/result_view.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "kiosk/assessment/take_home.h"

namespace kiosk::assessment {
namespace {

std::string textOr(const Text* text, std::string_view language) {
  return text ? localized(*text, language) : std::string();
}

}  // namespace

ResultView makeResultView(const Content& content, const Result& result, std::string_view language,
                          std::string_view chamberUrl, std::size_t cardCount) {
  ResultView view;
  view.language = std::string(language);
  view.notAvailable = localized(content.labels.notAvailable, language);
  if (result.overall) view.overall = rounded(*result.overall);
  if (const Level* level = content.level(result.level)) {
    view.level = level->id;
    view.levelTitle = localized(level->title, language);
    view.levelSentence = localized(level->sentence, language);
  }
  for (std::size_t d = 0; d < content.dimensions.size(); ++d) {
    const Dimension& dimension = content.dimensions[d];
    DimensionView out{dimension.id, localized(dimension.title, language), localized(dimension.shortTitle, language),
                      std::nullopt, {}, {}};
    if (const DimensionResult* scored = result.dimension(dimension.id); scored && scored->score) {
      out.score = rounded(*scored->score);
      out.band = scored->band;
      if (const Band* band = content.band(scored->band)) out.bandTitle = localized(band->title, language);
    }
    view.dimensions.push_back(std::move(out));
  }
  for (const Recommendation& rec : result.recommendations) {
    if (view.cards.size() >= cardCount) break;
    const Rule* rule = content.rule(rec.rule);
    const TechnologyArea* area = content.area(rec.area);
    const Service* service = content.service(rec.service);
    view.cards.push_back(RecommendationView{rec.rule, textOr(rule ? &rule->title : nullptr, language),
                                            textOr(rule ? &rule->text : nullptr, language),
                                            textOr(area ? &area->title : nullptr, language),
                                            textOr(service ? &service->title : nullptr, language), rec.demo,
                                            rec.pinned});
  }
  view.returnCode = result.returnCode;
  view.qrText = qrSummary(content, result, language, chamberUrl);
  view.dontKnow = result.dontKnow;
  return view;
}

std::string resultViewToJson(const ResultView& view) {
  using nlohmann::ordered_json;
  ordered_json out;
  out["language"] = view.language;
  out["overall_shown"] = view.overall ? ordered_json(*view.overall) : ordered_json(nullptr);
  out["level"] = {{"id", view.level}, {"title", view.levelTitle}, {"sentence", view.levelSentence}};
  ordered_json dimensions = ordered_json::array();
  for (const DimensionView& d : view.dimensions) {
    dimensions.push_back({{"id", d.id},
                          {"title", d.title},
                          {"short", d.shortTitle},
                          {"shown", d.score ? ordered_json(*d.score) : ordered_json(nullptr)},
                          {"band", d.band.empty() ? ordered_json(nullptr) : ordered_json(d.band)}});
  }
  out["dimensions"] = std::move(dimensions);
  ordered_json cards = ordered_json::array();
  for (const RecommendationView& c : view.cards) {
    cards.push_back({{"rule", c.rule},
                     {"title", c.title},
                     {"demo", c.demo.empty() ? ordered_json(nullptr) : ordered_json(c.demo)},
                     {"pinned", c.pinned}});
  }
  out["cards"] = std::move(cards);
  out["dont_know"] = view.dontKnow;
  out["return_code"] = view.returnCode;
  out["qr_text"] = view.qrText;
  return out.dump(2);
}

QuestionnaireSize questionnaireSize(const Content& content) {
  QuestionnaireSize size;
  int seconds = 0;
  for (const Question& question : content.questions) {
    (question.isProfile() ? size.profileQuestions : size.scoredQuestions) += 1;
    seconds += question.seconds;
  }
  size.minutes = std::max(1, (seconds + 30) / 60);
  return size;
}

}  // namespace kiosk::assessment
