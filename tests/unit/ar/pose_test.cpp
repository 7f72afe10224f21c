#include <gtest/gtest.h>

#include <opencv2/calib3d.hpp>
#include <opencv2/imgproc.hpp>

#include "demos/ar/intrinsics.h"
#include "demos/ar/marker_detector.h"
#include "demos/ar/marker_pose.h"
#include "demos/ar/synthetic_scene.h"
#include "temp_dir.h"

namespace ar = kiosk::demos::ar;

namespace {

double angleBetweenDeg(const cv::Vec3d& a, const cv::Vec3d& b) {
  cv::Matx33d ra;
  cv::Matx33d rb;
  cv::Rodrigues(a, ra);
  cv::Rodrigues(b, rb);
  cv::Vec3d d;
  cv::Rodrigues(ra.t() * rb, d);
  return cv::norm(d) * 180.0 / CV_PI;
}

cv::Vec3d facingWithTilt(double tiltXDeg, double tiltYDeg, double spinDeg) {
  const double tx = tiltXDeg * CV_PI / 180, ty = tiltYDeg * CV_PI / 180, s = spinDeg * CV_PI / 180;
  const cv::Matx33d facing(1, 0, 0, 0, -1, 0, 0, 0, -1);
  const cv::Matx33d rx(1, 0, 0, 0, std::cos(tx), -std::sin(tx), 0, std::sin(tx), std::cos(tx));
  const cv::Matx33d ry(std::cos(ty), 0, std::sin(ty), 0, 1, 0, -std::sin(ty), 0, std::cos(ty));
  const cv::Matx33d rz(std::cos(s), -std::sin(s), 0, std::sin(s), std::cos(s), 0, 0, 0, 1);
  cv::Vec3d r;
  cv::Rodrigues(facing * rx * ry * rz, r);
  return r;
}

}  // namespace

TEST(MarkerPose, RecoversAKnownPoseFromARender) {
  const cv::Size size(1280, 720);
  const ar::CameraIntrinsics k = ar::defaultIntrinsics(size);
  ar::DetectorOptions options;
  options.tracking = false;
  ar::MarkerDetector detector(options);
  struct Case {
    double tx, ty, spin;
    cv::Vec3d t;
  };
  for (const Case& c : {Case{0, 0, 0, {0, 0, 6}}, Case{30, -20, 45, {0.8, -0.4, 5}}, Case{-35, 10, 200, {-1.2, 0.6, 7}}}) {
    const cv::Vec3d rvec = facingWithTilt(c.tx, c.ty, c.spin);
    const auto frame = ar::renderMarkerAtPose(size, k.cameraMatrix, 4, rvec, c.t);
    cv::Mat gray;
    cv::cvtColor(frame.bgr, gray, cv::COLOR_BGR2GRAY);
    const auto found = detector.detect(gray);
    ASSERT_EQ(found.size(), 1u);
    for (std::size_t i = 0; i < 4; ++i)
      EXPECT_LT(cv::norm(found[0].corners[i] - frame.markers[0].corners[i]), 0.5) << "corner " << i << " spin " << c.spin;
    const auto pose = ar::solveMarkerPose(found[0], k, 1.0);
    ASSERT_TRUE(pose);
    EXPECT_LT(cv::norm(pose->tvec - c.t) / cv::norm(c.t), 0.01) << pose->tvec;
    EXPECT_LT(angleBetweenDeg(pose->rvec, rvec), 2.0) << "spin " << c.spin << " t " << pose->tvec << " r " << pose->rvec << " truth r " << rvec;
    EXPECT_LT(pose->reprojectionPx, 0.5);
  }
}

TEST(PoseTracker, SmoothsJitterOfAStillCard) {
  const cv::Size size(1280, 720);
  const ar::CameraIntrinsics k = ar::defaultIntrinsics(size);
  const auto frame = ar::renderMarkerAtPose(size, k.cameraMatrix, 2, facingWithTilt(20, 10, 30), {0.2, 0.1, 6});
  cv::RNG rng(7);
  ar::PoseTracker tracker(k, 1.0);
  std::vector<double> raw;
  std::vector<double> smooth;
  for (int i = 0; i < 60; ++i) {
    ar::MarkerDetection noisy{2, frame.markers[0].corners};
    for (auto& p : noisy.corners) p += cv::Point2f(rng.gaussian(0.4), rng.gaussian(0.4));
    const auto solved = ar::solveMarkerPose(noisy, k, 1.0);
    const auto tracked = tracker.update({noisy}, i / 30.0);
    ASSERT_TRUE(solved);
    ASSERT_EQ(tracked.size(), 1u);
    if (i >= 20) {  // after the filter settled
      raw.push_back(solved->tvec[0]);
      smooth.push_back(tracked[0].tvec[0]);
    }
  }
  cv::Scalar rawMean, rawStd, smoothMean, smoothStd;
  cv::meanStdDev(raw, rawMean, rawStd);
  cv::meanStdDev(smooth, smoothMean, smoothStd);
  EXPECT_LT(smoothStd[0], rawStd[0] * 0.5);
  EXPECT_NEAR(smoothMean[0], 0.2, 0.01);
}

TEST(Intrinsics, DefaultIsA65DegreeCameraAndFilesRoundTrip) {
  const auto k = ar::defaultIntrinsics({1280, 720});
  EXPECT_NEAR(k.cameraMatrix(0, 0), 1280 / (2 * std::tan(32.5 * CV_PI / 180)), 1e-6);
  EXPECT_FALSE(k.calibrated);
  kiosk::test::TempDir dir;
  ar::CameraIntrinsics saved = k;
  saved.distortion.at<double>(0) = -0.1;
  saved.rmsErrorPx = 0.3;
  ASSERT_TRUE(ar::saveIntrinsics(saved, dir.path() / "camera.yml"));
  auto loaded = ar::loadIntrinsics(dir.path() / "camera.yml");
  ASSERT_TRUE(loaded) << loaded.error();
  EXPECT_TRUE(loaded->calibrated);
  EXPECT_NEAR(loaded->cameraMatrix(0, 0), k.cameraMatrix(0, 0), 1e-9);
  EXPECT_NEAR(loaded->distortion.at<double>(0), -0.1, 1e-12);
  const auto half = ar::rescaled(*loaded, {640, 360});
  EXPECT_NEAR(half.cameraMatrix(0, 0), k.cameraMatrix(0, 0) / 2, 1e-9);
  EXPECT_NEAR(half.cameraMatrix(0, 2), 319.5, 1e-9);

  EXPECT_FALSE(ar::loadIntrinsics(dir.path() / "absent.yml"));
  dir.write("bad.yml", "%YAML:1.0\n---\nimage_width: 640\n");
  auto bad = ar::loadIntrinsics(dir.path() / "bad.yml");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().find("camera_matrix"), std::string::npos);
}

#include "demos/ar/charuco_calibration.h"

TEST(CharucoCalibration, RecoversKnownIntrinsicsFromGeneratedViews) {
  const cv::Size size(1280, 720);
  const cv::Matx33d truth(980, 0, 652, 0, 985, 352, 0, 0, 1);
  const ar::BoardSpec spec;
  ASSERT_EQ(spec.squaresY % 2, 1) << "OpenCV 4.6 needs an odd row count";
  const auto views = ar::renderBoardViews(spec, truth, size, 12, 5);
  auto result = ar::calibrateFromViews(views, spec);
  ASSERT_TRUE(result) << result.error();
  EXPECT_GE(result->viewsUsed, 10);
  const auto& k = result->intrinsics.cameraMatrix;
  EXPECT_NEAR(k(0, 0), truth(0, 0), truth(0, 0) * 0.01);
  EXPECT_NEAR(k(1, 1), truth(1, 1), truth(1, 1) * 0.01);
  EXPECT_NEAR(k(0, 2), truth(0, 2), 6.0);
  EXPECT_NEAR(k(1, 2), truth(1, 2), 6.0);
  EXPECT_LT(result->intrinsics.rmsErrorPx, 0.5);
}

TEST(CharucoCalibration, RefusesTooFewViewsOfTheBoard) {
  const std::vector<cv::Mat> blank(5, cv::Mat(480, 640, CV_8UC1, cv::Scalar(128)));
  auto result = ar::calibrateFromViews(blank, {});
  ASSERT_FALSE(result);
  EXPECT_NE(result.error().find("usable views"), std::string::npos);
}
