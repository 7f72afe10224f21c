// decodeCandidate: reads a quad's bits at full resolution and identifies it in the dictionary. Used
// for the candidates the downscaled pass found but could not read (markers of ~40 px have cells of
// 2-3 px after downscaling, too few to sample; at full resolution they read fine).
#pragma once

#include <optional>

#include <opencv2/aruco/dictionary.hpp>

#include "demos/ar/marker_geometry.h"

namespace kiosk::demos::ar {

struct DecodeLimits {
  int maxBorderErrors = 3;          // of the 28 border cells, how many may read white
  double errorCorrectionRate = 0.3; // of the dictionary's correctable bits (stricter than ArUco's 0.6)
  double minContrast = 20;          // grey levels between dark and light cells; flat patches are no marker
};

// `corners` clockwise in the image. On success the corners come back in the marker's own order.
[[nodiscard]] std::optional<MarkerDetection> decodeCandidate(const cv::Mat& gray, const Corners& corners,
                                                             const cv::aruco::Dictionary& dictionary,
                                                             const DecodeLimits& limits = {});

}  // namespace kiosk::demos::ar
