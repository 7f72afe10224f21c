// Shared marker conventions: the dictionary, the corner order (ArUco's: top-left, top-right,
// bottom-right, bottom-left as printed) and the marker's object points for solvePnP IPPE_SQUARE
// (centre at the origin, x right, y up, z out of the card towards the viewer).
#pragma once

#include <array>
#include <vector>

#include <opencv2/core.hpp>

namespace kiosk::demos::ar {

using Corners = std::array<cv::Point2f, 4>;

struct MarkerDetection {
  int id = -1;
  Corners corners{};
};

// The demo's dictionary. 6x6 bits with a minimum Hamming distance that random squares do not hit.
inline constexpr int kDictionary = 10;  // cv::aruco::DICT_6X6_250, kept numeric so this header needs no aruco
inline constexpr int kMarkerCells = 8;  // 6 data cells + 1 black border cell each side

[[nodiscard]] inline std::vector<cv::Point3f> markerObjectPoints(float side) {
  const float h = side / 2.0f;
  return {{-h, h, 0.0f}, {h, h, 0.0f}, {h, -h, 0.0f}, {-h, -h, 0.0f}};
}

[[nodiscard]] inline float sideLengthPx(const Corners& c) {
  float sum = 0;
  for (int i = 0; i < 4; ++i) sum += static_cast<float>(cv::norm(c[i] - c[(i + 1) % 4]));
  return sum / 4.0f;
}

}  // namespace kiosk::demos::ar
