// What a visitor takes home and brings back: the compact QR text, and the comparison of a new
// result with an earlier one decoded from its return code.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <tl/expected.hpp>

#include "kiosk/assessment/content.h"
#include "kiosk/assessment/return_code.h"
#include "kiosk/assessment/scoring.h"

namespace kiosk::assessment {

// content.summaryTemplate in `language` with {level}, {overall}, {scores} ("Strategia 55, ..."),
// {code} and {url} filled in; no personal data. Lines left empty (no url) are dropped.
[[nodiscard]] std::string qrSummary(const Content& content, const Result& result, std::string_view language,
                                    std::string_view chamberUrl);

struct DimensionChange {
  std::string id;
  std::optional<int> before;  // rounded scores
  std::optional<int> now;
  [[nodiscard]] std::optional<int> delta() const;
};

struct Comparison {
  std::vector<DimensionChange> dimensions;  // in content order
  // Overall scores as weighted means of the rounded dimension scores (the code keeps no more),
  // so "before" and "now" are computed the same way; rounded.
  std::optional<int> overallBefore;
  std::optional<int> overallNow;
  [[nodiscard]] std::optional<int> delta() const;
};

// Errors: the code is malformed or mistyped, or comes from another generation of the questionnaire.
[[nodiscard]] tl::expected<Comparison, ReturnCodeError> compareWithCode(const Content& content, const Result& now,
                                                                        std::string_view earlierCode);

}  // namespace kiosk::assessment
