#include "kiosk/assessment/content.h"

#include <algorithm>

namespace kiosk::assessment {
namespace {

template <typename T>
const T* findById(const std::vector<T>& items, std::string_view id) {
  const auto it = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
  return it == items.end() ? nullptr : &*it;
}

// Levels and bands are sorted by min: the last one whose min is <= score.
template <typename T>
const T* rangeFor(const std::vector<T>& ranges, int score) {
  const T* found = ranges.empty() ? nullptr : &ranges.front();
  for (const T& range : ranges) {
    if (range.min <= score) found = &range;
  }
  return found;
}

}  // namespace

const std::string& localized(const Text& text, std::string_view language) {
  static const std::string empty;
  if (const auto it = text.find(language); it != text.end()) return it->second;
  return text.empty() ? empty : text.begin()->second;
}

std::string_view toString(QuestionType type) {
  switch (type) {
    case QuestionType::Single:
      return "single";
    case QuestionType::Multi:
      return "multi";
    case QuestionType::Likert5:
      return "likert5";
    case QuestionType::Adoption:
      return "adoption";
    case QuestionType::Tristate:
      return "tristate";
    case QuestionType::Matrix:
      return "matrix";
  }
  return "?";
}

const Option* Question::option(std::string_view optionId) const { return findById(options, optionId); }
const Row* Question::row(std::string_view rowId) const { return findById(rows, rowId); }

const Question* Content::question(std::string_view questionId) const { return findById(questions, questionId); }
const Dimension* Content::dimension(std::string_view dimensionId) const { return findById(dimensions, dimensionId); }
const Level* Content::level(std::string_view levelId) const { return findById(levels, levelId); }
const Band* Content::band(std::string_view bandId) const { return findById(bands, bandId); }
const Service* Content::service(std::string_view serviceId) const { return findById(services, serviceId); }
const TechnologyArea* Content::area(std::string_view areaId) const { return findById(areas, areaId); }
const Rule* Content::rule(std::string_view ruleId) const { return findById(rules, ruleId); }

int Content::questionIndex(std::string_view questionId) const {
  for (std::size_t i = 0; i < questions.size(); ++i) {
    if (questions[i].id == questionId) return static_cast<int>(i);
  }
  return -1;
}

const Text& Content::sectionTitle(const Question& q) const {
  if (const Dimension* d = dimension(q.dimension)) return d->title;
  return labels.profile;
}

const Level* Content::levelFor(int roundedScore) const { return rangeFor(levels, roundedScore); }
const Band* Content::bandFor(int roundedScore) const { return rangeFor(bands, roundedScore); }

}  // namespace kiosk::assessment
