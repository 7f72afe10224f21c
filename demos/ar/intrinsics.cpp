#include "demos/ar/intrinsics.h"

#include <cmath>

namespace kiosk::demos::ar {

CameraIntrinsics defaultIntrinsics(cv::Size size, double horizontalFovDeg) {
  CameraIntrinsics out;
  const double f = size.width / (2.0 * std::tan(horizontalFovDeg * CV_PI / 360.0));
  out.cameraMatrix = {f, 0, (size.width - 1) / 2.0, 0, f, (size.height - 1) / 2.0, 0, 0, 1};
  out.size = size;
  return out;
}

CameraIntrinsics rescaled(const CameraIntrinsics& intrinsics, cv::Size size) {
  if (intrinsics.size == size || intrinsics.size.width <= 0) return intrinsics;
  CameraIntrinsics out = intrinsics;
  const double sx = static_cast<double>(size.width) / intrinsics.size.width;
  const double sy = static_cast<double>(size.height) / intrinsics.size.height;
  out.cameraMatrix(0, 0) *= sx;
  out.cameraMatrix(0, 2) = (intrinsics.cameraMatrix(0, 2) + 0.5) * sx - 0.5;
  out.cameraMatrix(1, 1) *= sy;
  out.cameraMatrix(1, 2) = (intrinsics.cameraMatrix(1, 2) + 0.5) * sy - 0.5;
  out.size = size;
  return out;
}

tl::expected<CameraIntrinsics, std::string> loadIntrinsics(const std::filesystem::path& file) {
  try {
    cv::FileStorage fs(file.string(), cv::FileStorage::READ);
    if (!fs.isOpened()) return tl::unexpected(file.string() + ": cannot open intrinsics file");
    cv::Mat k;
    cv::Mat dist;
    int width = 0;
    int height = 0;
    fs["camera_matrix"] >> k;
    fs["distortion_coefficients"] >> dist;
    fs["image_width"] >> width;
    fs["image_height"] >> height;
    if (k.rows != 3 || k.cols != 3) return tl::unexpected(file.string() + ": camera_matrix must be 3x3");
    if (width <= 0 || height <= 0) return tl::unexpected(file.string() + ": image_width/image_height missing");
    CameraIntrinsics out;
    k.convertTo(k, CV_64F);
    out.cameraMatrix = cv::Matx33d(k);
    if (out.cameraMatrix(0, 0) <= 0 || out.cameraMatrix(1, 1) <= 0)
      return tl::unexpected(file.string() + ": focal lengths must be positive");
    if (!dist.empty()) dist.convertTo(out.distortion, CV_64F);
    out.size = {width, height};
    out.calibrated = true;
    fs["rms_error_px"] >> out.rmsErrorPx;
    return out;
  } catch (const cv::Exception& e) {
    return tl::unexpected(file.string() + ": " + e.msg);
  }
}

tl::expected<void, std::string> saveIntrinsics(const CameraIntrinsics& intrinsics, const std::filesystem::path& file) {
  try {
    cv::FileStorage fs(file.string(), cv::FileStorage::WRITE);
    if (!fs.isOpened()) return tl::unexpected(file.string() + ": cannot write");
    fs << "image_width" << intrinsics.size.width << "image_height" << intrinsics.size.height;
    fs << "camera_matrix" << cv::Mat(intrinsics.cameraMatrix);
    fs << "distortion_coefficients" << intrinsics.distortion;
    fs << "rms_error_px" << intrinsics.rmsErrorPx;
    return {};
  } catch (const cv::Exception& e) {
    return tl::unexpected(file.string() + ": " + e.msg);
  }
}

}  // namespace kiosk::demos::ar
