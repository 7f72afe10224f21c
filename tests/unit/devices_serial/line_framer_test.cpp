#include "devices/serial/line_framer.h"

#include <gtest/gtest.h>

namespace kiosk::devices {
namespace {

TEST(LineFramer, SplitsOnAnyLineEndingAcrossReads) {
  LineFramer f;
  f.feed("ok\r\nstart\nT:20");
  EXPECT_EQ(f.next(), "ok");
  EXPECT_EQ(f.next(), "start");
  EXPECT_EQ(f.next(), std::nullopt);
  f.feed(".0\r");
  EXPECT_EQ(f.next(), "T:20.0");
  f.feed("\nok\n");  // the \n of a \r\n split over two reads is no empty line
  EXPECT_EQ(f.next(), "ok");
  EXPECT_EQ(f.next(), std::nullopt);
}

TEST(LineFramer, DropsNulBytesAndCapsRunawayLines) {
  LineFramer f(8);
  f.feed(std::string("\0\0st", 4) + "art\n");
  EXPECT_EQ(f.next(), "start");
  f.feed("0123456789abc");
  EXPECT_EQ(f.next(), "01234567");
  EXPECT_EQ(f.next(), std::nullopt);
}

}  // namespace
}  // namespace kiosk::devices
