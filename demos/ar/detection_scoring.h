// Scoring detections against ground truth (ar-bench and the tests): a detection is a true positive
// when its ID matches a truth marker and its mean corner error is under the limit; anything else
// reported is a false positive. Corner error takes the best cyclic order when asked (AprilTag's corner
// order differs from ArUco's), else the marker's own order.
#pragma once

#include <vector>

#include "demos/ar/marker_geometry.h"

namespace kiosk::demos::ar {

struct TruthCorners {
  int id = -1;
  Corners corners{};
};

struct FrameScore {
  int truths = 0;
  int found = 0;           // true positives
  int falsePositives = 0;
  double cornerErrorSum = 0;  // over true positives, mean px per marker summed
};

[[nodiscard]] double meanCornerError(const Corners& a, const Corners& b, bool anyOrder);

[[nodiscard]] FrameScore scoreFrame(const std::vector<TruthCorners>& truth, const std::vector<MarkerDetection>& found,
                                    bool anyCornerOrder = false, double maxCornerErrorPx = 4.0);

}  // namespace kiosk::demos::ar
