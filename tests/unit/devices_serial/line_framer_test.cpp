#include "devices/serial/line_framer.h"

#include <string>
#include <vector>

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

// Found by tests/fuzz/marlin_reply_fuzz: a runaway line whose newline came in the same read
// was returned whole, longer than the cap; fed byte by byte it was cut. Now both are cut alike.
TEST(LineFramer, CapsARunawayLineWhateverTheReadSize) {
  const std::string runaway = std::string(20, 'x') + "\nok\n";
  std::vector<std::string> oneRead, byteByByte;
  LineFramer a(8), b(8);
  a.feed(runaway);
  while (auto line = a.next()) oneRead.push_back(*line);
  for (const char c : runaway) {
    b.feed(std::string_view(&c, 1));
    while (auto line = b.next()) byteByByte.push_back(*line);
  }
  EXPECT_EQ(oneRead, (std::vector<std::string>{"xxxxxxxx", "xxxxxxxx", "xxxx", "ok"}));
  EXPECT_EQ(byteByByte, oneRead);
}

}  // namespace
}  // namespace kiosk::devices
