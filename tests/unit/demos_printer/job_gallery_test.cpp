#include "demos/printer/job_gallery.h"

#include <algorithm>
#include <fstream>

#include <gtest/gtest.h>

#include "temp_dir.h"

namespace kiosk::demos {
namespace {

const std::vector<std::string> kLanguages = {"it", "en"};

TEST(JobGallery, TheShippedJobsLoadAndPassTheValidator) {
  const auto gallery = loadJobGallery(std::filesystem::path(KIOSK_ASSETS_DIR) / "printer", kLanguages);
  ASSERT_TRUE(gallery) << gallery.error().message;
  ASSERT_GE(gallery->jobs.size(), 2u);
  devices::marlin::JobLimits limits;  // generic 220 x 220 bed, PLA temperatures
  for (const GalleryJob& job : gallery->jobs) {
    EXPECT_FALSE(job.title.at("it").empty());
    EXPECT_FALSE(job.title.at("en").empty());
    EXPECT_GT(job.durationMin, 0);
    const auto validated = validateGalleryJob(job, limits);
    ASSERT_TRUE(validated) << job.id << ": " << validated.error().message;
    EXPECT_GE(validated->summary.layers, 5) << job.id;
    EXPECT_EQ(validated->summary.maxHotendC, 205) << job.id;
    EXPECT_EQ(validated->summary.maxBedC, 60) << job.id;
    EXPECT_LE(validated->summary.maxX, 220) << job.id;
    EXPECT_EQ(validated->job->name, job.id);
    // Marlin G-code a real printer needs: homing before the first move, heat-up waits, heaters off at the end.
    const auto& lines = validated->job->lines;
    EXPECT_NE(std::find_if(lines.begin(), lines.end(), [](const auto& l) { return l.command == "G28"; }), lines.end());
    EXPECT_NE(std::find_if(lines.begin(), lines.end(), [](const auto& l) { return l.command == "M109 S205"; }), lines.end());
    EXPECT_EQ(lines.back().command, "M84");
    // The thumbnail is a PNG.
    std::ifstream png(job.thumbnail, std::ios::binary);
    char magic[8] = {};
    png.read(magic, 8);
    EXPECT_EQ(std::string(magic + 1, 3), "PNG") << job.thumbnail;
  }
}

TEST(JobGallery, MissingFilesAndTextsAreReportedWithTheLine) {
  test::TempDir dir;
  dir.write("a.gcode", "G28\n");
  dir.write("jobs.toml",
            "[[job]]\nid = \"a\"\ngcode = \"a.gcode\"\nthumbnail = \"a.png\"\nduration_min = 5\n"
            "title.it = \"A\"\ntitle.en = \"A\"\nsummary.it = \"s\"\nsummary.en = \"s\"\n");
  auto gallery = loadJobGallery(dir.path(), kLanguages);
  ASSERT_FALSE(gallery);
  EXPECT_EQ(gallery.error().message, "jobs.toml:1: job a: thumbnail file 'a.png' not found");

  dir.write("a.png", "x");
  dir.write("jobs.toml", "[[job]]\nid = \"a\"\ngcode = \"a.gcode\"\nthumbnail = \"a.png\"\nduration_min = 5\ntitle.it = \"A\"\n");
  gallery = loadJobGallery(dir.path(), kLanguages);
  ASSERT_FALSE(gallery);
  EXPECT_NE(gallery.error().message.find("needs title and summary in every language"), std::string::npos);

  dir.write("jobs.toml", "[[job]\n");
  gallery = loadJobGallery(dir.path(), kLanguages);
  ASSERT_FALSE(gallery);
  EXPECT_EQ(gallery.error().message.rfind("jobs.toml:1: ", 0), 0u) << gallery.error().message;
}

TEST(JobGallery, AJobWithAForbiddenCommandIsRejectedWithItsReason) {
  test::TempDir dir;
  GalleryJob job;
  job.id = "bad";
  job.gcode = dir.write("bad.gcode", "G28\nM502\nG1 X10 Y10\n");
  const auto validated = validateGalleryJob(job, {});
  ASSERT_FALSE(validated);
  EXPECT_EQ(validated.error().message, "bad.gcode, line 2: M502 is not allowed in a demo job");
}

}  // namespace
}  // namespace kiosk::demos
