#include <gtest/gtest.h>

#include "devices/camera/camera_spec.h"

namespace cam = kiosk::devices::camera;

TEST(CameraSpec, ParsesEveryKindOfSource) {
  auto device = cam::parseCameraSource("/dev/video2");
  ASSERT_TRUE(device);
  EXPECT_EQ(device->kind, cam::SourceKind::Device);
  EXPECT_EQ(device->location, "/dev/video2");
  auto index = cam::parseCameraSource("0");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->kind, cam::SourceKind::Device);
  auto file = cam::parseCameraSource("file:/tmp/clip.mp4");
  ASSERT_TRUE(file);
  EXPECT_EQ(file->kind, cam::SourceKind::File);
  EXPECT_EQ(file->location, "/tmp/clip.mp4");
  auto synthetic = cam::parseCameraSource("synthetic");
  ASSERT_TRUE(synthetic);
  EXPECT_EQ(synthetic->kind, cam::SourceKind::Synthetic);
}

TEST(CameraSpec, KeepsTheConfiguredFormat) {
  cam::CameraSpec defaults;
  defaults.width = 640;
  defaults.height = 480;
  defaults.fps = 15;
  defaults.mjpg = false;
  auto spec = cam::parseCameraSource("/dev/video0", defaults);
  ASSERT_TRUE(spec);
  EXPECT_EQ(spec->width, 640);
  EXPECT_EQ(spec->fps, 15);
  EXPECT_FALSE(spec->mjpg);
}

TEST(CameraSpec, RefusesWhatIsNoSource) {
  EXPECT_FALSE(cam::parseCameraSource(""));
  EXPECT_FALSE(cam::parseCameraSource("file:"));
  auto bad = cam::parseCameraSource("webcam");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("webcam"), std::string::npos);
}
