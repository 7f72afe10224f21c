#include <gtest/gtest.h>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/videoio.hpp>

#include "devices/camera/file_source.h"
#include "devices/camera/make_source.h"
#include "devices/camera/synthetic_source.h"
#include "devices/camera/v4l2_source.h"
#include "temp_dir.h"

namespace cam = kiosk::devices::camera;
using kiosk::devices::ErrorCode;

namespace {

cv::Mat numbered(int n) { return cv::Mat(48, 64, CV_8UC3, cv::Scalar(n * 40, 0, 0)); }

cam::CameraSpec fileSpec(const std::filesystem::path& path, bool loop = true) {
  cam::CameraSpec spec;
  spec.kind = cam::SourceKind::File;
  spec.location = path.string();
  spec.loop = loop;
  return spec;
}

}  // namespace

TEST(FileSource, PlaysAFolderOfImagesInNameOrderAndLoops) {
  kiosk::test::TempDir dir;
  for (int i : {2, 0, 1}) cv::imwrite((dir.path() / ("frame_" + std::to_string(i) + ".png")).string(), numbered(i));
  cam::FileSource source(fileSpec(dir.path()));
  ASSERT_TRUE(source.open());
  EXPECT_FALSE(source.isLive());
  for (int i : {0, 1, 2, 0}) {
    auto frame = source.grab();
    ASSERT_TRUE(frame);
    EXPECT_EQ(frame->at<cv::Vec3b>(0, 0)[0], i * 40);
  }
}

TEST(FileSource, PlaysAVideoFileAndEndsWhenNotLooping) {
  kiosk::test::TempDir dir;
  const auto clip = dir.path() / "clip.avi";
  {
    cv::VideoWriter writer(clip.string(), cv::VideoWriter::fourcc('M', 'J', 'P', 'G'), 10, {64, 48});
    ASSERT_TRUE(writer.isOpened());
    for (int i = 0; i < 3; ++i) writer.write(numbered(i + 1));
  }
  cam::FileSource source(fileSpec(clip, false));
  ASSERT_TRUE(source.open());
  EXPECT_NEAR(source.framesPerSecond(), 10, 0.5);
  for (int i = 0; i < 3; ++i) {
    auto frame = source.grab();
    ASSERT_TRUE(frame) << frame.error().message;
    EXPECT_EQ(frame->size(), cv::Size(64, 48));
    EXPECT_NEAR(frame->at<cv::Vec3b>(24, 32)[0], (i + 1) * 40, 8);  // MJPG is lossy
  }
  auto end = source.grab();
  ASSERT_FALSE(end);
  EXPECT_EQ(end.error().code, ErrorCode::Closed);
}

TEST(FileSource, MissingOrUndecodableFilesAreClearErrors) {
  kiosk::test::TempDir dir;
  cam::FileSource missing(fileSpec(dir.path() / "nope.mp4"));
  auto result = missing.open();
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, ErrorCode::NotFound);
  EXPECT_NE(result.error().message.find("nope.mp4"), std::string::npos);

  const auto junk = dir.path() / "junk.mp4";
  std::ofstream(junk) << "not a video";
  cam::FileSource bad(fileSpec(junk));
  auto badResult = bad.open();
  ASSERT_FALSE(badResult);
  EXPECT_EQ(badResult.error().code, ErrorCode::InvalidData);

  cam::FileSource empty(fileSpec(dir.path()));
  EXPECT_FALSE(empty.open());
}

TEST(V4l2Source, AMissingDeviceIsNotFoundNotACrash) {
  cam::CameraSpec spec;
  spec.kind = cam::SourceKind::Device;
  spec.location = "/dev/video-kiosk-test-absent";
  cam::V4l2Source source(spec);
  auto result = source.open();
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, ErrorCode::NotFound);
  EXPECT_TRUE(source.isLive());
  EXPECT_FALSE(source.grab());
}

TEST(SyntheticSource, IsDeterministicPerFrameNumber) {
  cam::CameraSpec spec;
  spec.width = 160;
  spec.height = 120;
  auto a = cam::makeSource(spec);
  auto b = cam::makeSource(spec);
  ASSERT_TRUE(a->open());
  ASSERT_TRUE(b->open());
  for (int i = 0; i < 3; ++i) {
    auto fa = a->grab();
    auto fb = b->grab();
    ASSERT_TRUE(fa && fb);
    EXPECT_EQ(fa->size(), cv::Size(160, 120));
    EXPECT_EQ(cv::norm(*fa, *fb, cv::NORM_INF), 0);
  }
}

TEST(SyntheticSource, UsesTheGivenGenerator) {
  cam::CameraSpec spec;
  spec.width = 32;
  spec.height = 16;
  cam::SyntheticSource source(spec, [](std::uint64_t n, cv::Size size) {
    return cv::Mat(size, CV_8UC3, cv::Scalar::all(static_cast<double>(n)));
  });
  ASSERT_TRUE(source.open());
  (void)source.grab();
  auto second = source.grab();
  ASSERT_TRUE(second);
  EXPECT_EQ(second->at<cv::Vec3b>(0, 0)[0], 1);
}
