#include "demos/ar/detection_scoring.h"

#include <limits>

namespace kiosk::demos::ar {

double meanCornerError(const Corners& a, const Corners& b, bool anyOrder) {
  double best = std::numeric_limits<double>::infinity();
  for (int reversed = 0; reversed < (anyOrder ? 2 : 1); ++reversed)
    for (int shift = 0; shift < (anyOrder ? 4 : 1); ++shift) {
      double sum = 0;
      for (int i = 0; i < 4; ++i) {
        const int j = reversed ? (shift - i + 8) % 4 : (shift + i) % 4;
        sum += cv::norm(a[static_cast<std::size_t>(i)] - b[static_cast<std::size_t>(j)]);
      }
      best = std::min(best, sum / 4.0);
    }
  return best;
}

FrameScore scoreFrame(const std::vector<TruthCorners>& truth, const std::vector<MarkerDetection>& found,
                      bool anyCornerOrder, double maxCornerErrorPx) {
  FrameScore score;
  score.truths = static_cast<int>(truth.size());
  std::vector<bool> used(truth.size(), false);
  for (const auto& detection : found) {
    int match = -1;
    double error = 0;
    for (std::size_t i = 0; i < truth.size(); ++i) {
      if (used[i] || truth[i].id != detection.id) continue;
      const double e = meanCornerError(detection.corners, truth[i].corners, anyCornerOrder);
      if (e < maxCornerErrorPx && (match < 0 || e < error)) {
        match = static_cast<int>(i);
        error = e;
      }
    }
    if (match < 0) {
      ++score.falsePositives;
      continue;
    }
    used[static_cast<std::size_t>(match)] = true;
    ++score.found;
    score.cornerErrorSum += error;
  }
  return score;
}

}  // namespace kiosk::demos::ar
