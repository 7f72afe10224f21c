// ResultView: exactly what the results screen shows for a result, in one language: the
// numbers as rounded for display, the level with its sentence, the band of each dimension,
// the recommendation cards and the take-home texts. The screen draws from it and nothing else,
// so the JSON written from it in test runs (resultViewToJson) is what the visitor saw, and can
// be compared with `kioskctl assess score` on the same answers.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kiosk/assessment/content.h"
#include "kiosk/assessment/scoring.h"

namespace kiosk::assessment {

struct DimensionView {
  std::string id;
  std::string title;
  std::string shortTitle;     // radar label
  std::optional<int> score;   // rounded; none: "n/a"
  std::string band;           // band id ("weak", ...), empty without a score
  std::string bandTitle;
};

struct RecommendationView {
  std::string rule;
  std::string title;
  std::string text;
  std::string areaTitle;     // may be empty
  std::string serviceTitle;  // may be empty
  std::string demo;          // live demo id ("printer", "ar", "reader"), may be empty
  bool pinned = false;
};

struct ResultView {
  std::string language;
  std::optional<int> overall;  // rounded
  std::string level;           // level id
  std::string levelTitle;
  std::string levelSentence;
  std::string notAvailable;    // the label for a missing score ("n.d.")
  std::vector<DimensionView> dimensions;
  std::vector<RecommendationView> cards;  // the first `cardCount` recommendations
  std::string returnCode;
  std::string qrText;  // qrSummary(): no personal data
  int dontKnow = 0;
};

inline constexpr std::size_t kResultCards = 3;

[[nodiscard]] ResultView makeResultView(const Content& content, const Result& result, std::string_view language,
                                        std::string_view chamberUrl, std::size_t cardCount = kResultCards);

// The view as JSON (members named as in resultToJson where they mean the same), for test runs.
[[nodiscard]] std::string resultViewToJson(const ResultView& view);

// What the introduction promises: how many scored questions and about how many minutes
// (every question's `seconds`, skip logic not applied: the longest path).
struct QuestionnaireSize {
  int scoredQuestions = 0;
  int profileQuestions = 0;
  int minutes = 0;  // rounded to the nearest minute, at least 1
};
[[nodiscard]] QuestionnaireSize questionnaireSize(const Content& content);

}  // namespace kiosk::assessment
