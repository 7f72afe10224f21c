#include <gtest/gtest.h>

#include <opencv2/calib3d.hpp>

#include "demos/ar/synthetic_scene.h"
#include "kiosk/app/ar_pipeline.h"
#include "kiosk/ui/widgets/ar_gl_view.h"

namespace ar = kiosk::demos::ar;

// The GL matrix must put a model point on the pixel where OpenCV projects it, or the model floats
// beside the card. Checked without a GPU: clip → NDC → pixel against cv::projectPoints.
TEST(ArOverlayMatrices, ProjectLikeOpenCv) {
  const int w = 1280, h = 720;
  const std::array<double, 4> k{1004.0, 998.0, 641.5, 355.0};
  const kiosk::core::ArMarkerPose pose{3, {2.6, 0.3, -0.4}, {0.4, -0.2, 6.0}};
  const auto mvp = kiosk::ui::arModelViewProjection(pose, k, w, h);
  const std::vector<cv::Point3f> points{{0, 0, 0}, {0.5f, 0.5f, 0}, {-0.5f, 0.2f, 0.6f}, {0.3f, -0.4f, 0.9f}};
  std::vector<cv::Point2f> expected;
  const cv::Matx33d cameraMatrix(k[0], 0, k[2], 0, k[1], k[3], 0, 0, 1);
  cv::projectPoints(points, cv::Vec3d(pose.rvec[0], pose.rvec[1], pose.rvec[2]),
                    cv::Vec3d(pose.tvec[0], pose.tvec[1], pose.tvec[2]), cameraMatrix, cv::noArray(), expected);
  for (std::size_t i = 0; i < points.size(); ++i) {
    const float in[4] = {points[i].x, points[i].y, points[i].z, 1};
    float clip[4] = {0, 0, 0, 0};
    for (int row = 0; row < 4; ++row)
      for (int col = 0; col < 4; ++col) clip[row] += mvp[static_cast<std::size_t>(col * 4 + row)] * in[col];
    ASSERT_GT(clip[3], 0);
    const double u = (clip[0] / clip[3] + 1) / 2 * w - 0.5;
    const double v = (1 - clip[1] / clip[3]) / 2 * h - 0.5;
    EXPECT_NEAR(u, expected[i].x, 0.01) << i;
    EXPECT_NEAR(v, expected[i].y, 0.01) << i;
    EXPECT_GT(clip[2] / clip[3], -1);  // inside the depth range
    EXPECT_LT(clip[2] / clip[3], 1);
  }
}

TEST(ArPipeline, FindsTheCardsAndPosesThemInFrontOfTheCamera) {
  ar::SceneOptions scene;
  scene.ids = {1, 2, 3};
  scene.minMarkers = scene.maxMarkers = 2;
  scene.minSidePx = 120;
  scene.photometric = false;
  const auto frame = ar::renderScene(scene, 9, 0);
  ar::DetectorOptions detector;
  detector.acceptedIds = {1, 2, 3};
  kiosk::app::ArPipeline pipeline(detector, std::nullopt);
  const auto out = pipeline.process(frame.bgr, 7, 0.0);
  EXPECT_EQ(out.sequence, 7u);
  EXPECT_EQ(out.width, 1280);
  ASSERT_TRUE(out.rgb);
  EXPECT_EQ(out.rgb->size(), 1280u * 720u * 3u);
  ASSERT_EQ(out.markers.size(), 2u);
  for (const auto& m : out.markers) {
    const auto truth = std::find_if(frame.markers.begin(), frame.markers.end(), [&](const auto& t) { return t.id == m.marker; });
    ASSERT_NE(truth, frame.markers.end());
    // Default intrinsics = the scene's camera (65°): the pose matches the render's.
    EXPECT_NEAR(m.tvec[2], truth->tvec[2], truth->tvec[2] * 0.02);
  }
}
