#include "devices/reader/scan_pipeline.h"

#include <gtest/gtest.h>

#include <array>

namespace kiosk::devices::reader {
namespace {

using namespace std::chrono_literals;

TEST(ScanPipeline, ReportsToScansAndMalformedTransfersAreCountedNotDecoded) {
  ScanPipeline p("usb:16c0:27db@1-1", HidLayout::It, {});
  auto at = ReaderClock::time_point{} + 1h;
  std::vector<ScanOutcome> out;
  auto send = [&](std::vector<std::uint8_t> bytes) {
    for (auto& o : p.report(bytes, at)) out.push_back(std::move(o));
    at += 4ms;
  };
  send({0, 0, 0x1E, 0, 0, 0, 0, 0});
  send({0, 0, 0, 0, 0, 0, 0, 0});
  send({0x40, 0, 0x33, 0, 0, 0, 0, 0, 0});  // 9 bytes: not a boot report
  send({0x01});                              // short read
  send({0x40, 0, 0x33, 0, 0, 0, 0, 0});      // AltGr+ò = @
  send({0, 0, 0, 0, 0, 0, 0, 0});
  send({0, 0, 0x28, 0, 0, 0, 0, 0});
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(std::get<ScanEvent>(out[0]).text, "1@");
  EXPECT_EQ(std::get<ScanEvent>(out[0]).source, "usb:16c0:27db@1-1");
  EXPECT_EQ(p.malformedReports(), 2u);
}

TEST(ScanPipeline, ResetAfterUnplugForgetsHeldKeysAndHalfScans) {
  ScanPipeline p("r", HidLayout::Us, {});
  auto at = ReaderClock::time_point{} + 1h;
  const std::array<std::uint8_t, 8> a{0, 0, 0x04, 0, 0, 0, 0, 0};
  EXPECT_TRUE(p.report(a, at).empty());
  ASSERT_TRUE(p.nextDeadline());
  p.reset();  // unplugged with "a" held and a scan open
  EXPECT_EQ(p.nextDeadline(), std::nullopt);
  EXPECT_TRUE(p.report(a, at + 1s).empty());  // after replug the held key is a new press
  auto out = p.tick(at + 2s);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(std::get<ScanEvent>(out[0]).text, "a");
}

}  // namespace
}  // namespace kiosk::devices::reader
