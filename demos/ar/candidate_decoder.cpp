#include "demos/ar/candidate_decoder.h"

#include <opencv2/imgproc.hpp>

namespace kiosk::demos::ar {

std::optional<MarkerDetection> decodeCandidate(const cv::Mat& gray, const Corners& corners,
                                               const cv::aruco::Dictionary& dictionary, const DecodeLimits& limits) {
  constexpr int kCellPx = 6;
  constexpr int kSide = kMarkerCells * kCellPx;
  const cv::Point2f src[4] = {corners[0], corners[1], corners[2], corners[3]};
  const cv::Point2f dst[4] = {{0, 0}, {kSide - 1.0f, 0}, {kSide - 1.0f, kSide - 1.0f}, {0, kSide - 1.0f}};
  cv::Mat patch;
  cv::warpPerspective(gray, patch, cv::getPerspectiveTransform(src, dst), {kSide, kSide}, cv::INTER_LINEAR);

  // Mean of each cell's centre (the outer ~30% of a cell blurs into its neighbours).
  cv::Mat cells(kMarkerCells, kMarkerCells, CV_32F);
  for (int y = 0; y < kMarkerCells; ++y)
    for (int x = 0; x < kMarkerCells; ++x)
      cells.at<float>(y, x) =
          static_cast<float>(cv::mean(patch(cv::Rect(x * kCellPx + 2, y * kCellPx + 2, kCellPx - 4, kCellPx - 4)))[0]);
  double lo = 0;
  double hi = 0;
  cv::minMaxLoc(cells, &lo, &hi);
  if (hi - lo < limits.minContrast) return std::nullopt;
  // Threshold between the border's dark level and the brightest cell: robust to uneven light.
  double border = 0;
  for (int i = 0; i < kMarkerCells; ++i)
    border += cells.at<float>(0, i) + cells.at<float>(kMarkerCells - 1, i) + cells.at<float>(i, 0) +
              cells.at<float>(i, kMarkerCells - 1);
  border /= 4.0 * kMarkerCells;
  const float threshold = static_cast<float>((std::min(border, lo + (hi - lo) * 0.25) + hi) / 2.0);

  int borderErrors = 0;
  for (int i = 0; i < kMarkerCells; ++i) {
    borderErrors += cells.at<float>(0, i) > threshold;
    borderErrors += cells.at<float>(kMarkerCells - 1, i) > threshold;
    if (i > 0 && i < kMarkerCells - 1) {
      borderErrors += cells.at<float>(i, 0) > threshold;
      borderErrors += cells.at<float>(i, kMarkerCells - 1) > threshold;
    }
  }
  if (borderErrors > limits.maxBorderErrors) return std::nullopt;

  cv::Mat bits(kMarkerCells - 2, kMarkerCells - 2, CV_8UC1);
  for (int y = 1; y < kMarkerCells - 1; ++y)
    for (int x = 1; x < kMarkerCells - 1; ++x) bits.at<std::uint8_t>(y - 1, x - 1) = cells.at<float>(y, x) > threshold;
  int id = -1;
  int rotation = 0;
  if (!dictionary.identify(bits, id, rotation, limits.errorCorrectionRate)) return std::nullopt;
  MarkerDetection out;
  out.id = id;
  // Same re-ordering as ArUco's own identification step.
  for (int j = 0; j < 4; ++j) out.corners[static_cast<std::size_t>(j)] = corners[static_cast<std::size_t>((j + 4 - rotation) % 4)];
  return out;
}

}  // namespace kiosk::demos::ar
