#include "devices/marlin/gcode_text.h"

#include <gtest/gtest.h>

#include "devices/marlin/print_job.h"

namespace kiosk::devices::marlin {
namespace {

TEST(GcodeText, CommentsBlanksAndWhitespaceNeverReachTheWire) {
  EXPECT_EQ(sanitizeGcodeLine(""), std::nullopt);
  EXPECT_EQ(sanitizeGcodeLine("   \t "), std::nullopt);
  EXPECT_EQ(sanitizeGcodeLine("; just a comment"), std::nullopt);
  EXPECT_EQ(sanitizeGcodeLine("G1 X10 ; move"), "G1 X10");
  EXPECT_EQ(sanitizeGcodeLine("  M104 S200\r"), "M104 S200");
  EXPECT_EQ(sanitizeGcodeLine("M117 a\\;b ; c"), "M117 a;b");
}

TEST(GcodeText, CommandCodeAndParameters) {
  EXPECT_EQ(commandCode("G01 X1"), "G1");
  EXPECT_EQ(commandCode("M104 S200"), "M104");
  EXPECT_EQ(commandCode("T1"), "T1");
  EXPECT_EQ(commandCode("X10"), "");
  EXPECT_EQ(commandParam("M104 T1 S215.5", 'S'), 215.5);
  EXPECT_EQ(commandParam("M104 T1 S215.5", 'T'), 1.0);
  EXPECT_EQ(commandParam("M104 S215", 'R'), std::nullopt);
}

TEST(PrintJob, LayersFromSlicerCommentsAndOnlyRealLines) {
  const PrintJob job = parsePrintJob("cube", ";TIME:120\nG28\n\n;LAYER:0\nG1 Z0.2\n; c\nG1 X1\n;LAYER:1\nG1 Z0.4\n");
  ASSERT_EQ(job.lines.size(), 4u);
  EXPECT_EQ(job.layerCount, 2);
  EXPECT_EQ(job.lines[0].layer, 0);
  EXPECT_EQ(job.lines[1].layer, 1);
  EXPECT_EQ(job.lines[3].layer, 2);
  EXPECT_EQ(job.lines[3].sourceLine, 9u);
  EXPECT_EQ(job.slicerEstimateS, 120.0);
}

}  // namespace
}  // namespace kiosk::devices::marlin
