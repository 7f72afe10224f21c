#include "devices/marlin/checksum.h"

#include <gtest/gtest.h>

namespace kiosk::devices::marlin {
namespace {

// Vectors verified by hand (XOR of the bytes before '*'); the "*57" once quoted for N123 is wrong.
TEST(Checksum, GoldenVectors) {
  EXPECT_EQ(numberedLine(123, "G1 X1"), "N123 G1 X1*97");
  EXPECT_EQ(numberedLine(1, "M105"), "N1 M105*38");
  EXPECT_EQ(numberedLine(-1, "M110"), "N-1 M110*15");
  EXPECT_EQ(numberedLine(0, "M110 N0"), "N0 M110 N0*125");
}

TEST(Checksum, EveryFramedLineVerifies) {
  for (long n = 0; n < 2000; n += 7) {
    const std::string line = numberedLine(n, "G1 X" + std::to_string(n % 220) + ".5 Y3 E0.01 F3600");
    const auto star = line.rfind('*');
    ASSERT_NE(star, std::string::npos);
    EXPECT_EQ(std::to_string(xorChecksum(line.substr(0, star))), line.substr(star + 1)) << line;
  }
}

}  // namespace
}  // namespace kiosk::devices::marlin
