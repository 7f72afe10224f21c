// ChArUco calibration for the AR camera (ar-calibrate and its tests). The board is 5 x 7 squares:
// an odd row count, because OpenCV 4.6 changed the marker layout of boards with an even one. Its
// markers come from DICT_5X5_100, so a board in view is never mistaken for a demo card (6X6).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <opencv2/aruco/charuco.hpp>
#include <tl/expected.hpp>

#include "demos/ar/intrinsics.h"

namespace kiosk::demos::ar {

struct BoardSpec {
  int squaresX = 5;
  int squaresY = 7;            // odd: see above
  float squareMm = 30.0f;      // as printed at 100%
  float markerMm = 22.0f;
};

[[nodiscard]] cv::Ptr<cv::aruco::CharucoBoard> makeBoard(const BoardSpec& spec);
// The printable board, `pixelsPerMm` resolution, with a white margin of one square.
[[nodiscard]] cv::Mat boardImage(const BoardSpec& spec, double pixelsPerMm);

struct CalibrationResult {
  CameraIntrinsics intrinsics;
  int viewsUsed = 0;
  int viewsRejected = 0;  // too few corners found
};

// Views: 8-bit grey or BGR images of the board, all the same size. Needs at least 4 usable views.
[[nodiscard]] tl::expected<CalibrationResult, std::string> calibrateFromViews(const std::vector<cv::Mat>& views,
                                                                              const BoardSpec& spec);

// Synthetic views of the printed board seen by a camera with intrinsics `k` (seeded poses), for tests
// and for trying the tool without a camera.
[[nodiscard]] std::vector<cv::Mat> renderBoardViews(const BoardSpec& spec, const cv::Matx33d& k, cv::Size size,
                                                    int count, std::uint64_t seed);

}  // namespace kiosk::demos::ar
