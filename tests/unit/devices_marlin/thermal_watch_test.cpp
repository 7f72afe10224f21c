#include "devices/marlin/thermal_watch.h"

#include <gtest/gtest.h>

namespace kiosk::devices::marlin {
namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

TemperatureReading hotend(double c) {
  TemperatureReading r;
  r.hotends.push_back({c, std::nullopt});
  return r;
}

TEST(ThermalWatch, AHeaterThatDoesNotRiseIsAFault) {
  PrinterOptions options;
  ThermalWatch watch(options);
  const auto t0 = Clock::now();
  EXPECT_FALSE(watch.reading(hotend(25), t0));
  watch.targetSent(ThermalWatch::Heater::Hotend, 200, t0);
  EXPECT_FALSE(watch.reading(hotend(25.5), t0 + 30s));
  const auto f = watch.tick(t0 + 41s);
  ASSERT_TRUE(f);
  EXPECT_EQ(f->kind, FaultKind::HeaterNotHeating);
  EXPECT_NE(f->detail.find("hotend stayed at 25.0 °C for 40 s"), std::string::npos) << f->detail;
}

TEST(ThermalWatch, EachRiseRestartsThePeriodUntilNearTarget) {
  PrinterOptions options;
  ThermalWatch watch(options);
  const auto t0 = Clock::now();
  (void)watch.reading(hotend(25), t0);
  watch.targetSent(ThermalWatch::Heater::Hotend, 200, t0);
  for (int i = 1; i <= 10; ++i) EXPECT_FALSE(watch.reading(hotend(25 + 18 * i), t0 + i * 30s)) << i;
  EXPECT_FALSE(watch.tick(t0 + 1000s));  // at 205 °C: disarmed
}

TEST(ThermalWatch, ArmedBeforeAnyReadingTheWatchStartsAtTheFirstReading) {
  PrinterOptions options;
  ThermalWatch watch(options);
  const auto t0 = Clock::now();
  watch.targetSent(ThermalWatch::Heater::Hotend, 200, t0);  // no temperature seen yet
  EXPECT_FALSE(watch.tick(t0 + 39s));
  EXPECT_FALSE(watch.reading(hotend(25), t0 + 39s));
  EXPECT_FALSE(watch.tick(t0 + 60s));  // 21 s after the first reading
  EXPECT_TRUE(watch.tick(t0 + 80s));
}

TEST(ThermalWatch, CoolingNeedsNoWatchAndTheCeilingIsImmediate) {
  PrinterOptions options;
  options.limits.maxBedC = 100;
  ThermalWatch watch(options);
  const auto t0 = Clock::now();
  (void)watch.reading(hotend(200), t0);
  watch.targetSent(ThermalWatch::Heater::Hotend, 0, t0);
  EXPECT_FALSE(watch.tick(t0 + 100s));
  TemperatureReading hot;
  hot.bed = HeaterReading{101, 60.0};
  const auto f = watch.reading(hot, t0);
  ASSERT_TRUE(f);
  EXPECT_EQ(f->kind, FaultKind::TemperatureCeiling);
}

}  // namespace
}  // namespace kiosk::devices::marlin
