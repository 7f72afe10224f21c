#include "kiosk/assessment/anonymous_result.h"

#include <algorithm>

namespace kiosk::assessment {
namespace {

std::string singleAnswer(const AnswerSheet& answers, std::string_view question) {
  const auto at = answers.find(question);
  if (at == answers.end() || at->second.dontKnow || at->second.options.size() != 1) return {};
  return at->second.options.front();
}

}  // namespace

core::AnonymousResult anonymousResult(const Content& content, const Result& result, const AnswerSheet& answers,
                                      std::string_view language, std::chrono::system_clock::time_point finishedAt,
                                      std::chrono::seconds duration) {
  core::AnonymousResult out;
  out.questionnaire = content.id;
  out.version = content.version;
  out.language = std::string(language);
  out.sector = singleAnswer(answers, kSectorQuestion);
  out.size = singleAnswer(answers, kSizeQuestion);
  for (const DimensionResult& dimension : result.dimensions) out.dimensions.emplace_back(dimension.id, dimension.score);
  out.overall = result.overall;
  out.level = result.level;
  out.dontKnow = result.dontKnow;
  const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(finishedAt.time_since_epoch()).count();
  out.finishedHour = seconds - seconds % 3600;
  out.durationSeconds = static_cast<int>(std::max<std::chrono::seconds::rep>(0, duration.count()));
  return out;
}

}  // namespace kiosk::assessment
