// The assessment content as loaded from assets/assessment/*.toml: questions, scales, dimensions,
// levels, services, technology areas and recommendation rules. Plain data, no behaviour beyond
// lookups; every number and every text comes from the files (see README.md).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kiosk::assessment {

// Language -> text. Every text has all the languages of the questionnaire (the loader checks).
using Text = std::map<std::string, std::string, std::less<>>;

// The text in `language`, else in the first language the text has.
[[nodiscard]] const std::string& localized(const Text& text, std::string_view language);

// Answer values with a fixed meaning, usable in conditions like option ids.
inline constexpr std::string_view kDontKnow = "dont_know";
inline constexpr std::string_view kNotApplicable = "n_a";  // a matrix row that does not apply

enum class QuestionType { Single, Multi, Likert5, Adoption, Tristate, Matrix };
[[nodiscard]] std::string_view toString(QuestionType type);  // "single", "multi", ...

struct Option {
  std::string id;
  Text text;
  std::optional<double> score;  // in [0, 1]; absent for profile questions
  bool exclusive = false;       // multi: cannot be combined with other options ("none of these")
};

struct Row {  // one line of a matrix question, answered on the question's scale
  std::string id;
  Text text;
  std::string area;  // technology area letter, may be empty
};

// "question answered with one of any_of and none of none_of" (either list may be empty).
struct AnswerCondition {
  std::string question;
  std::string row;  // matrix questions: the row looked at
  std::vector<std::string> anyOf;
  std::vector<std::string> noneOf;
};

struct Question {
  std::string id;
  QuestionType type = QuestionType::Single;
  std::string dimension;  // empty: a profile question, not scored
  double weight = 1.0;
  Text text;
  Text help;                    // may be empty
  std::vector<Option> options;  // the choices; for likert5/adoption/tristate/matrix, the scale's
  std::vector<Row> rows;        // matrix only
  bool dontKnowAllowed = false;
  bool notApplicableAllowed = false;  // matrix only
  std::optional<double> fullScore;    // multi: sum of option scores that earns 1 (default: all)
  std::optional<AnswerCondition> showIf;
  int seconds = 0;  // time estimate

  [[nodiscard]] bool isProfile() const { return dimension.empty(); }
  [[nodiscard]] const Option* option(std::string_view id) const;
  [[nodiscard]] const Row* row(std::string_view id) const;
};

struct Dimension {
  std::string id;
  double weight = 1.0;
  Text title;
  Text shortTitle;  // radar labels, QR summary
  Text text;
};

struct Level {  // overall level: from `min` (rounded overall score) up to the next level's min
  std::string id;
  int min = 0;
  Text title;
  Text sentence;
};

struct Band {  // band of one dimension's rounded score: weak, developing, strength
  std::string id;
  int min = 0;
  Text title;
};

struct Service {  // a PID service
  std::string id;
  Text title;
  Text text;
  std::string url;  // may be empty
};

struct TechnologyArea {
  std::string id;  // "A".."I"
  Text title;
};

struct Demo {  // a live demo of this kiosk that a recommendation can offer ("try it now")
  std::string id;
  std::vector<std::string> areas;
};

struct RuleCondition {
  enum class Kind { Answer, DimensionBelow, OverallBelow, DontKnowAtLeast };
  Kind kind = Kind::Answer;
  AnswerCondition answer;  // Kind::Answer
  std::string dimension;   // Kind::DimensionBelow
  double threshold = 0;    // below / overall_below / dont_know_at_least
};

struct Rule {
  std::string id;
  std::vector<RuleCondition> when;  // all must hold; empty: always
  bool pinned = false;              // listed after the ranked recommendations, never cut
  double priority = 1;
  std::string area;     // may be empty
  std::string service;  // may be empty (not both)
  std::string demo;     // may be empty: then the demo of `area`, if any
  Text title;
  Text text;
};

struct Labels {
  Text profile;  // the section name shown for profile questions
  Text dontKnow;
  Text notApplicable;
  Text notAvailable;  // a dimension without answers
};

struct Content {
  std::string id;
  std::string version;
  int returnCodeGeneration = 1;
  std::vector<std::string> languages;
  int secondsPerQuestion = 25;
  double dontKnowScore = 0;
  Labels labels;
  Text summaryTemplate;

  std::vector<Dimension> dimensions;
  std::vector<Question> questions;  // in the order they are asked
  std::vector<Level> levels;        // increasing min, the first at 0
  std::vector<Band> bands;          // increasing min, the first at 0
  std::vector<Service> services;
  std::vector<TechnologyArea> areas;
  std::vector<Demo> demos;
  std::vector<Rule> rules;
  int maxRanked = 3;

  [[nodiscard]] const Question* question(std::string_view id) const;
  [[nodiscard]] const Dimension* dimension(std::string_view id) const;
  [[nodiscard]] const Level* level(std::string_view id) const;
  [[nodiscard]] const Band* band(std::string_view id) const;
  [[nodiscard]] const Service* service(std::string_view id) const;
  [[nodiscard]] const TechnologyArea* area(std::string_view id) const;
  [[nodiscard]] const Rule* rule(std::string_view id) const;
  // Position of a question in `questions`, or -1.
  [[nodiscard]] int questionIndex(std::string_view id) const;
  // What a progress bar shows above a question: its dimension's title, or labels.profile.
  [[nodiscard]] const Text& sectionTitle(const Question& question) const;
  // The level (or band) whose range holds `roundedScore`.
  [[nodiscard]] const Level* levelFor(int roundedScore) const;
  [[nodiscard]] const Band* bandFor(int roundedScore) const;
};

}  // namespace kiosk::assessment
