// The numbers the printer screen shows, from snapshots.
#include "kiosk/core/printer_readout.h"

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

using devices::marlin::HeaterReading;
using devices::marlin::PrinterSnapshot;
using devices::marlin::TemperatureReading;
using devices::marlin::TemperatureSample;

PrinterSnapshot withTemperatures(HeaterReading hotend, std::optional<HeaterReading> bed) {
  PrinterSnapshot s;
  TemperatureReading t;
  t.hotends.push_back(hotend);
  t.bed = bed;
  s.temperature = t;
  return s;
}

TEST(HeatingProgress, CountsFromRoomTemperatureAndTheSlowerHeaterDecides) {
  const auto s = withTemperatures({115, 210}, HeaterReading{59, 60});
  const HeatingProgress p = heatingProgress(s);
  ASSERT_TRUE(p.hotend && p.bed);
  EXPECT_DOUBLE_EQ(p.hotend->fraction, 0.5);  // (115-20)/(210-20)
  EXPECT_NEAR(p.bed->fraction, 39.0 / 40.0, 1e-9);
  EXPECT_DOUBLE_EQ(*p.overall(), 0.5);
}

TEST(HeatingProgress, ColdStartIsZeroAndOvershootIsFull) {
  EXPECT_DOUBLE_EQ(*heatingProgress(withTemperatures({18, 200}, std::nullopt)).overall(), 0.0);
  EXPECT_DOUBLE_EQ(*heatingProgress(withTemperatures({203, 200}, std::nullopt)).overall(), 1.0);
}

TEST(HeatingProgress, HeatersOffOrUnknownShowNoProgress) {
  EXPECT_FALSE(heatingProgress(PrinterSnapshot{}).overall());
  EXPECT_FALSE(heatingProgress(withTemperatures({25, 0}, HeaterReading{24, std::nullopt})).overall());
  // Only the bed heats: it alone decides.
  const auto bedOnly = heatingProgress(withTemperatures({25, 0}, HeaterReading{40, 60}));
  EXPECT_FALSE(bedOnly.hotend);
  EXPECT_DOUBLE_EQ(*bedOnly.overall(), 0.5);
}

TEST(ClockText, MinutesAndSecondsThenHours) {
  EXPECT_EQ(clockText(0), "0:00");
  EXPECT_EQ(clockText(65.4), "1:05");
  EXPECT_EQ(clockText(599.6), "10:00");
  EXPECT_EQ(clockText(3725), "1:02:05");
  EXPECT_EQ(clockText(-3), "0:00");
  EXPECT_EQ(clockText(std::numeric_limits<double>::quiet_NaN()), "0:00");
  EXPECT_EQ(clockText(std::numeric_limits<double>::infinity()), "0:00");
}

TEST(PlotWindow, EmptyHistoryShowsTheMinimumWindowAt0To100) {
  const PlotWindow w = plotWindow({}, 300);
  EXPECT_EQ(w.first, 0u);
  EXPECT_DOUBLE_EQ(w.startS, 0);
  EXPECT_DOUBLE_EQ(w.endS, 60);
  EXPECT_DOUBLE_EQ(w.maxC, 100);
  EXPECT_DOUBLE_EQ(w.tickS, 30);
}

TEST(PlotWindow, ShowsTheLastWindowPlusTheSampleBeforeIt) {
  std::vector<TemperatureSample> history;
  for (int i = 0; i <= 400; i += 2) history.push_back({static_cast<double>(i), 20.0 + i * 0.5, 210, 60, 60});
  const PlotWindow w = plotWindow(history, 300);
  EXPECT_DOUBLE_EQ(w.endS, 400);
  EXPECT_DOUBLE_EQ(w.startS, 100);
  EXPECT_DOUBLE_EQ(history[w.first].secondsSinceConnect, 98);  // the line enters from the left edge
  EXPECT_DOUBLE_EQ(w.maxC, 250);  // hotend reached 220 °C: next 50 above 225
  EXPECT_DOUBLE_EQ(w.tickS, 60);
}

TEST(PlotWindow, AShortHistoryEndsAtNowInTheMinimumWindow) {
  const std::vector<TemperatureSample> history{{40, 21, 0, 21, 0}, {42, 22, 200, 22, 60}, {70, 90, 200, 40, 60}};
  const PlotWindow w = plotWindow(history, 300, 60);
  EXPECT_EQ(w.first, 0u);
  EXPECT_DOUBLE_EQ(w.startS, 10);   // 60 s back from the latest sample; the readings start at 40
  EXPECT_DOUBLE_EQ(w.endS, 70);
  EXPECT_DOUBLE_EQ(w.maxC, 250);    // the 200 °C target with headroom
  EXPECT_DOUBLE_EQ(w.tickS, 30);
}

}  // namespace
}  // namespace kiosk::core
