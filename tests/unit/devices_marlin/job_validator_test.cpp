#include "devices/marlin/job_validator.h"

#include <gtest/gtest.h>

namespace kiosk::devices::marlin {
namespace {

Result<JobSummary> check(std::string_view gcode, JobLimits limits = {}) {
  return validateJob(parsePrintJob("job", gcode), limits);
}

TEST(JobValidator, AcceptsASmallJobAndSummarisesIt) {
  const auto s = check("M140 S60\nM104 S205\nG28\nG90\n;LAYER:0\nG1 Z0.2 F600\nG1 X100 Y100 E1 F1800\n;LAYER:1\nG1 Z0.4\n");
  ASSERT_TRUE(s) << s.error().message;
  EXPECT_EQ(s->layers, 2);
  EXPECT_EQ(s->maxHotendC, 205);
  EXPECT_EQ(s->maxBedC, 60);
  EXPECT_DOUBLE_EQ(s->maxZ, 0.4);
}

TEST(JobValidator, RejectsForbiddenCommandsWithTheLine) {
  for (const char* code : {"M502", "M500", "M997", "M112", "M0"}) {
    const auto s = check(std::string("G28\n") + code + "\n");
    ASSERT_FALSE(s) << code;
    EXPECT_EQ(s.error().message, std::string("line 2: ") + code + " is not allowed in a demo job");
  }
}

TEST(JobValidator, RejectsMovesOutsideTheBuildVolume) {
  auto s = check("G28\nG1 X230 Y10\n");
  ASSERT_FALSE(s);
  EXPECT_EQ(s.error().message, "line 2: X 230 mm is outside the build volume (0..220 mm)");
  s = check("G28\nG91\nG1 Y150\nG1 Y100\n");  // relative moves add up
  ASSERT_FALSE(s);
  EXPECT_NE(s.error().message.find("line 4: Y 250"), std::string::npos) << s.error().message;
}

TEST(JobValidator, RejectsTemperaturesAboveTheLimits) {
  auto s = check("M104 S300\n");
  ASSERT_FALSE(s);
  EXPECT_NE(s.error().message.find("hotend temperature 300"), std::string::npos) << s.error().message;
  s = check("M190 S120\n");
  ASSERT_FALSE(s);
  EXPECT_NE(s.error().message.find("bed temperature 120"), std::string::npos) << s.error().message;
}

TEST(JobValidator, RejectsLongLinesEmptyFilesAndOversizedFiles) {
  EXPECT_FALSE(check("M117 " + std::string(100, 'x') + "\n"));
  EXPECT_EQ(check("; only comments\n\n").error().message, "the file has no G-code");
  JobLimits tiny;
  tiny.maxFileBytes = 10;
  EXPECT_NE(check("G28\nG1 X1 Y1\n", tiny).error().message.find("over the limit"), std::string::npos);
}

}  // namespace
}  // namespace kiosk::devices::marlin
