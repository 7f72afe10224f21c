#include "demos/ar/charuco_calibration.h"

#include <cmath>

#include <opencv2/calib3d.hpp>
#include <opencv2/imgproc.hpp>

namespace kiosk::demos::ar {

cv::Ptr<cv::aruco::CharucoBoard> makeBoard(const BoardSpec& spec) {
  return cv::aruco::CharucoBoard::create(spec.squaresX, spec.squaresY, spec.squareMm / 1000.0f, spec.markerMm / 1000.0f,
                                         cv::aruco::getPredefinedDictionary(cv::aruco::DICT_5X5_100));
}

cv::Mat boardImage(const BoardSpec& spec, double pixelsPerMm) {
  const int square = static_cast<int>(std::lround(spec.squareMm * pixelsPerMm));
  const cv::Size size((spec.squaresX + 2) * square, (spec.squaresY + 2) * square);
  cv::Mat image;
  makeBoard(spec)->draw(size, image, square, 1);
  return image;
}

tl::expected<CalibrationResult, std::string> calibrateFromViews(const std::vector<cv::Mat>& views, const BoardSpec& spec) {
  if (views.empty()) return tl::unexpected(std::string("no views"));
  const auto board = makeBoard(spec);
  const cv::Size size = views.front().size();
  std::vector<cv::Mat> allCorners;
  std::vector<cv::Mat> allIds;
  CalibrationResult result;
  const int minCorners = (spec.squaresX - 1) * (spec.squaresY - 1) / 2;  // at least half the board
  for (const cv::Mat& view : views) {
    if (view.size() != size) return tl::unexpected(std::string("views differ in size"));
    cv::Mat gray = view;
    if (view.channels() == 3) cv::cvtColor(view, gray, cv::COLOR_BGR2GRAY);
    std::vector<std::vector<cv::Point2f>> markerCorners;
    std::vector<int> markerIds;
    auto params = cv::aruco::DetectorParameters::create();
    params->cornerRefinementMethod = cv::aruco::CORNER_REFINE_SUBPIX;
    cv::aruco::detectMarkers(gray, board->dictionary, markerCorners, markerIds, params);
    cv::Mat corners;
    cv::Mat ids;
    if (!markerIds.empty()) cv::aruco::interpolateCornersCharuco(markerCorners, markerIds, gray, board, corners, ids);
    if (ids.rows < minCorners) {
      ++result.viewsRejected;
      continue;
    }
    allCorners.push_back(corners);
    allIds.push_back(ids);
  }
  result.viewsUsed = static_cast<int>(allCorners.size());
  if (result.viewsUsed < 4)
    return tl::unexpected("only " + std::to_string(result.viewsUsed) + " usable views of the board (need 4 or more; " +
                          std::to_string(result.viewsRejected) + " showed too little of it)");
  cv::Mat k;
  cv::Mat dist;
  const double rms = cv::aruco::calibrateCameraCharuco(allCorners, allIds, board, size, k, dist);
  result.intrinsics.cameraMatrix = cv::Matx33d(k);
  result.intrinsics.distortion = dist;
  result.intrinsics.size = size;
  result.intrinsics.calibrated = true;
  result.intrinsics.rmsErrorPx = rms;
  return result;
}

std::vector<cv::Mat> renderBoardViews(const BoardSpec& spec, const cv::Matx33d& k, cv::Size size, int count,
                                      std::uint64_t seed) {
  const double pxPerMm = 8.0;
  const cv::Mat board = boardImage(spec, pxPerMm);
  // Board pixels → plane metres, centred. Any in-plane similarity is a rigid motion of the plane,
  // so OpenCV's own board frame need not be known here.
  const double s = 0.001 / pxPerMm;
  const cv::Matx33d toPlane(s, 0, -board.cols / 2.0 * s, 0, s, -board.rows / 2.0 * s, 0, 0, 1);
  const double boardWidthM = board.cols * s;
  cv::RNG rng(seed);
  std::vector<cv::Mat> views;
  for (int i = 0; i < count; ++i) {
    const double tiltX = rng.uniform(-0.6, 0.6);
    const double tiltY = rng.uniform(-0.6, 0.6);
    const double spin = rng.uniform(-0.4, 0.4);
    cv::Vec3d rvec(tiltX, tiltY, spin);  // board image axes along the camera's (not mirrored), tilted
    cv::Matx33d r;
    cv::Rodrigues(rvec, r);
    // Distance so the board spans 45-75% of the image width; shifted within the frame.
    const double fill = rng.uniform(0.45, 0.75);
    const double z = k(0, 0) * boardWidthM / (fill * size.width);
    const double x = rng.uniform(-0.15, 0.15) * z * size.width / k(0, 0);
    const double y = rng.uniform(-0.15, 0.15) * z * size.height / k(1, 1);
    const cv::Matx33d pose(r(0, 0), r(0, 1), x, r(1, 0), r(1, 1), y, r(2, 0), r(2, 1), z);
    const cv::Matx33d h = k * pose * toPlane;
    cv::Mat view(size, CV_8UC1, cv::Scalar(rng.uniform(60, 140)));
    cv::warpPerspective(board, view, h, size, cv::INTER_LINEAR, cv::BORDER_TRANSPARENT);
    cv::GaussianBlur(view, view, {0, 0}, 0.7);
    cv::Mat noise(size, CV_8SC1);
    rng.fill(noise, cv::RNG::NORMAL, 0, 2);
    cv::add(view, noise, view, cv::noArray(), CV_8U);
    views.push_back(view);
  }
  return views;
}

}  // namespace kiosk::demos::ar
