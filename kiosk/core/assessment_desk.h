// AssessmentDesk: the self-assessment as the screens see it. The app loads the questionnaire at
// start-up (a broken one leaves `content` empty: the section is disabled and staff see why) and
// connects the anonymous-statistics worker: completed results go out through `record`, the
// per-sector averages come back in `stats`. Plain data here; the logic is in kiosk/assessment.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kiosk::assessment {
struct Content;
}

namespace kiosk::core {

// What the staff statistics keep of one completed assessment: no name, no answers beyond the
// two profile questions, and the time only to the hour, so a row cannot be matched to a lead.
struct AnonymousResult {
  std::string questionnaire;  // content id and version: averages only mix comparable results
  std::string version;
  std::string language;
  std::string sector;  // profile answers, "" when not given
  std::string size;
  std::vector<std::pair<std::string, std::optional<double>>> dimensions;  // id -> score 0-100
  std::optional<double> overall;
  std::string level;
  int dontKnow = 0;
  std::int64_t finishedHour = 0;  // Unix seconds, truncated to the hour
  int durationSeconds = 0;        // first question to results
};

struct SectorAverage {
  std::string sector;
  int results = 0;
  std::vector<std::pair<std::string, double>> dimensions;  // id -> mean score of the results that have one
  std::optional<double> overall;
};

struct AssessmentStats {
  int total = 0;                       // results of this questionnaire version
  std::vector<SectorAverage> sectors;  // most results first
  std::int64_t latestHour = 0;         // of the newest result, 0 without results

  [[nodiscard]] const SectorAverage* sector(std::string_view id) const {
    for (const SectorAverage& s : sectors) {
      if (s.sector == id) return &s;
    }
    return nullptr;
  }
};

struct AssessmentDesk {
  std::shared_ptr<const assessment::Content> content;  // null: the section is disabled
  std::vector<std::string> contentProblems;            // why (also in KioskState::contentProblems)
  std::string chamberUrl;
  int minResultsForAverage = 30;
  std::string sampleAnswersJson;  // shown when the results screen is opened with no result (screenshots)

  // The statistics worker: `record` queues a result (never blocks); `stats` is its latest report.
  std::function<void(AnonymousResult)> record;
  AssessmentStats stats;
  bool statsOpen = false;
  std::string statsProblem;  // for staff: why the store is not open / the last write failed

  // Set only under --script: receives the JSON of what the results screen shows (tests compare it).
  std::function<void(std::string json)> reportShown;
};

}  // namespace kiosk::core
