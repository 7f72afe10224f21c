// CameraIntrinsics: K and distortion for pose estimation. From ar-calibrate's file (OpenCV YAML:
// camera_matrix, distortion_coefficients, image_width, image_height), rescaled when the camera runs
// at another size; without a calibration, the documented default: a 65° horizontal field of view
// (typical UVC webcams are 60-75°), principal point at the centre, no distortion. The overlay still
// sits on the card uncalibrated (reprojection is self-consistent); only metric depth is off.
#pragma once

#include <filesystem>
#include <string>

#include <opencv2/core.hpp>
#include <tl/expected.hpp>

namespace kiosk::demos::ar {

inline constexpr double kDefaultHorizontalFovDeg = 65.0;

struct CameraIntrinsics {
  cv::Matx33d cameraMatrix = cv::Matx33d::eye();
  cv::Mat distortion = cv::Mat::zeros(1, 5, CV_64F);
  cv::Size size;
  bool calibrated = false;
  double rmsErrorPx = 0;  // calibration's reprojection error, 0 when not calibrated
};

[[nodiscard]] CameraIntrinsics defaultIntrinsics(cv::Size size, double horizontalFovDeg = kDefaultHorizontalFovDeg);
// The same camera at another resolution (same field of view, as UVC cameras scale the sensor).
[[nodiscard]] CameraIntrinsics rescaled(const CameraIntrinsics& intrinsics, cv::Size size);

[[nodiscard]] tl::expected<CameraIntrinsics, std::string> loadIntrinsics(const std::filesystem::path& file);
[[nodiscard]] tl::expected<void, std::string> saveIntrinsics(const CameraIntrinsics& intrinsics,
                                                             const std::filesystem::path& file);

}  // namespace kiosk::demos::ar
