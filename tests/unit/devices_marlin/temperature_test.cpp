#include "devices/marlin/temperature.h"

#include <gtest/gtest.h>

namespace kiosk::devices::marlin {
namespace {

TEST(Temperature, SingleHotendAndBedWithTargets) {
  const auto r = parseTemperatureReport("T:201.23 /200.00 B:60.10 /60.00 @:127 B@:0");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->hotends.size(), 1u);
  EXPECT_DOUBLE_EQ(r->hotends[0].actual, 201.23);
  EXPECT_EQ(r->hotends[0].target, 200.0);
  ASSERT_TRUE(r->bed);
  EXPECT_DOUBLE_EQ(r->bed->actual, 60.10);
  EXPECT_EQ(r->bed->target, 60.0);
  EXPECT_FALSE(r->waiting);
}

TEST(Temperature, OkPrefixAndLeadingSpaceAutoreport) {
  EXPECT_DOUBLE_EQ(parseTemperatureReport("ok T:20.5 /0.0 B:21.0 /0.0 @:0 B@:0")->hotends.at(0).actual, 20.5);
  EXPECT_DOUBLE_EQ(parseTemperatureReport(" T:22.0 /0.0 B:21.0 /0.0 @:0 B@:0")->bed->actual, 21.0);
}

TEST(Temperature, NoTarget) {
  const auto r = parseTemperatureReport("T:21.3");
  ASSERT_TRUE(r);
  EXPECT_DOUBLE_EQ(r->hotends.at(0).actual, 21.3);
  EXPECT_EQ(r->hotends[0].target, std::nullopt);
  EXPECT_FALSE(r->bed);
}

TEST(Temperature, SeveralHotendsUseTheNumberedFields) {
  const auto r = parseTemperatureReport("T:150.0 /150.0 B:60.0 /60.0 T0:200.0 /200.0 T1:150.0 /150.0 @:0 B@:0 @0:10 @1:20");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->hotends.size(), 2u);
  EXPECT_DOUBLE_EQ(r->hotends[0].actual, 200.0);
  EXPECT_DOUBLE_EQ(r->hotends[1].actual, 150.0);
}

TEST(Temperature, KlipperStyleT0Only) {
  const auto r = parseTemperatureReport("ok B:60.1 /60.0 T0:210.2 /210.0");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->hotends.size(), 1u);
  EXPECT_DOUBLE_EQ(r->hotends[0].actual, 210.2);
}

TEST(Temperature, M109WaitLineIsMarkedWaiting) {
  const auto r = parseTemperatureReport(" T:185.4 /200.00 B:60.0 /60.0 @:127 B@:0 W:?");
  ASSERT_TRUE(r);
  EXPECT_TRUE(r->waiting);
  EXPECT_DOUBLE_EQ(r->hotends.at(0).actual, 185.4);
  const auto old = parseTemperatureReport("T:185.4 E:0 W:3");
  ASSERT_TRUE(old);
  EXPECT_TRUE(old->waiting);
}

TEST(Temperature, PrusaPindaAndAmbientAreExtraSensors) {
  const auto r = parseTemperatureReport("T:215.0 /215.0 B:60.0 /60.0 T0:215.0 /215.0 @:50 B@:30 P:35.2 A:30.1");
  ASSERT_TRUE(r);
  EXPECT_DOUBLE_EQ(r->sensors.at("P"), 35.2);
  EXPECT_DOUBLE_EQ(r->sensors.at("A"), 30.1);
}

TEST(Temperature, PositionAndPlainTextAreNotTemperatures) {
  EXPECT_FALSE(parseTemperatureReport("X:0.00 Y:0.00 Z:0.00 E:0.00 Count X:0 Y:0 Z:0"));
  EXPECT_FALSE(parseTemperatureReport("echo:SD card ok"));
}

}  // namespace
}  // namespace kiosk::devices::marlin
