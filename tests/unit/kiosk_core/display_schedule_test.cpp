// The display power schedule: time windows parse strictly, a window runs past midnight into
// the next day (and only that day), a day left out is closed, an unconfigured schedule is
// always open; a touch outside the hours wakes the screen for a while and is swallowed; the
// [display.schedule] config refuses a bad window at its line.
#include "kiosk/core/display_schedule.h"

#include <gtest/gtest.h>

#include "kiosk/core/config.h"
#include "kiosk/core/display_power.h"
#include "kiosk/core/wall_clock.h"
#include "tests/unit/config_errors.h"
#include "tests/unit/temp_dir.h"

namespace kiosk::core {
namespace {

using namespace std::chrono_literals;

// 2026-03-09 is a Monday.
std::tm at(int dayOfMarch, int hour, int minute) {
  std::tm tm{};
  tm.tm_year = 2026 - 1900;
  tm.tm_mon = 2;
  tm.tm_mday = dayOfMarch;
  tm.tm_hour = hour;
  tm.tm_min = minute;
  tm.tm_isdst = -1;
  const std::time_t t = std::mktime(&tm);
  std::tm local{};
  localtime_r(&t, &local);
  return local;
}

TimeWindow window(std::string_view text) {
  auto w = parseTimeWindow(text);
  EXPECT_TRUE(w) << text;
  return w.value_or(TimeWindow{});
}

TEST(TimeWindow, ParsesHoursAndMinutes) {
  const TimeWindow w = window("08:30-19:05");
  EXPECT_EQ(w.from, 8 * 60 + 30);
  EXPECT_EQ(w.to, 19 * 60 + 5);
  EXPECT_FALSE(w.crossesMidnight());
  EXPECT_EQ(window("00:00-24:00").to, 1440);
  EXPECT_TRUE(window("22:00-02:00").crossesMidnight());
}

TEST(TimeWindow, RefusesWhatIsNotAWindow) {
  for (std::string_view bad : {"8:30-19:00", "08:30", "08:30-19:60", "25:00-26:00", "24:00-02:00", "10:00-10:00",
                               "08:30 - 19:00", "ab:cd-ef:gh", ""}) {
    EXPECT_FALSE(parseTimeWindow(bad)) << bad;
  }
}

TEST(DisplaySchedule, UnconfiguredIsAlwaysOpen) {
  const DisplaySchedule schedule;
  EXPECT_FALSE(schedule.configured());
  EXPECT_TRUE(schedule.isOpenAt(at(9, 3, 0)));
}

TEST(DisplaySchedule, OpenInsideTheWindowsOfTheDayOnly) {
  DisplaySchedule schedule;
  schedule.setDay(0, {window("08:30-13:00"), window("14:00-19:00")});  // Monday
  EXPECT_FALSE(schedule.isOpenAt(at(9, 8, 29)));
  EXPECT_TRUE(schedule.isOpenAt(at(9, 8, 30)));
  EXPECT_TRUE(schedule.isOpenAt(at(9, 12, 59)));
  EXPECT_FALSE(schedule.isOpenAt(at(9, 13, 0))) << "the end minute is closed";
  EXPECT_FALSE(schedule.isOpenAt(at(9, 13, 30))) << "lunch break";
  EXPECT_TRUE(schedule.isOpenAt(at(9, 18, 59)));
  EXPECT_FALSE(schedule.isOpenAt(at(9, 19, 0)));
  EXPECT_FALSE(schedule.isOpenAt(at(10, 10, 0))) << "Tuesday has no windows: closed";
}

TEST(DisplaySchedule, AWindowPastMidnightBelongsToTheDayItStarts) {
  DisplaySchedule schedule;
  schedule.setDay(4, {window("18:00-02:00")});  // Friday evening into Saturday night
  schedule.setDay(5, {});                       // Saturday otherwise closed
  EXPECT_FALSE(schedule.isOpenAt(at(13, 17, 59)));  // Friday
  EXPECT_TRUE(schedule.isOpenAt(at(13, 23, 59)));
  EXPECT_TRUE(schedule.isOpenAt(at(14, 0, 0)));     // Saturday, after midnight
  EXPECT_TRUE(schedule.isOpenAt(at(14, 1, 59)));
  EXPECT_FALSE(schedule.isOpenAt(at(14, 2, 0)));
  EXPECT_FALSE(schedule.isOpenAt(at(14, 19, 0))) << "Saturday evening is not Friday's window";
  EXPECT_FALSE(schedule.isOpenAt(at(15, 1, 0))) << "nor is Sunday night";
  EXPECT_FALSE(schedule.isOpenAt(at(12, 1, 0))) << "Thursday night has no window before it";
}

TEST(DisplaySchedule, SundayRunsIntoMonday) {
  DisplaySchedule schedule;
  schedule.setDay(6, {window("20:00-00:30")});
  EXPECT_TRUE(schedule.isOpenAt(at(15, 21, 0)));   // Sunday
  EXPECT_TRUE(schedule.isOpenAt(at(16, 0, 15)));   // Monday
  EXPECT_FALSE(schedule.isOpenAt(at(16, 0, 30)));
}

TEST(DisplayPower, BlanksOutsideTheHoursAndWakesOnATouchForAWhile) {
  using Clock = DisplayPower::Clock;
  DisplayPower power(30s);
  const Clock::time_point t0 = Clock::now();
  EXPECT_FALSE(power.update(true, t0));
  EXPECT_FALSE(power.blank());
  EXPECT_FALSE(power.touch(true, t0)) << "a touch in opening hours is an ordinary touch";
  EXPECT_TRUE(power.update(false, t0 + 1s)) << "closing time";
  EXPECT_TRUE(power.blank());
  EXPECT_TRUE(power.touch(false, t0 + 2s)) << "the wake-up touch is swallowed";
  EXPECT_FALSE(power.blank());
  EXPECT_FALSE(power.update(false, t0 + 20s));
  EXPECT_FALSE(power.touch(false, t0 + 25s)) << "awake: touches work and extend the wake";
  EXPECT_FALSE(power.update(false, t0 + 50s));
  EXPECT_TRUE(power.update(false, t0 + 55s)) << "30 s after the last touch it blanks again";
  EXPECT_TRUE(power.blank());
  EXPECT_TRUE(power.update(true, t0 + 60s)) << "opening time wakes it without a touch";
  EXPECT_FALSE(power.blank());
}

TEST(WallClock, StartsAtTheGivenTimeAndRuns) {
  const auto start = parseLocalDateTime("2026-03-12T22:30");
  ASSERT_TRUE(start);
  const WallClock clock = WallClock::startingAt(*start);
  EXPECT_NEAR(static_cast<double>(clock.now()), static_cast<double>(*start), 2.0);
  std::tm local{};
  const std::time_t now = clock.now();
  localtime_r(&now, &local);
  EXPECT_EQ(local.tm_hour, 22);
  EXPECT_FALSE(parseLocalDateTime("2026-03-12"));
  EXPECT_FALSE(parseLocalDateTime("2026-13-12T10:00"));
  EXPECT_FALSE(parseLocalDateTime("2026-03-12T10:00x"));
  EXPECT_TRUE(parseLocalDateTime("2026-03-12 10:00:30"));
}

class ScheduleConfigTest : public ::testing::Test {
 protected:
  tl::expected<Config, ConfigErrors> load(std::string_view toml) {
    m_file = m_dir.write("kiosk.toml", toml);
    return loadConfig(m_file);
  }
  test::TempDir m_dir;
  std::filesystem::path m_file;
};

TEST_F(ScheduleConfigTest, ReadsWindowsPerDayAndClosesTheDaysLeftOut) {
  const auto config = load(R"([paths]
assets = "."
[display.schedule]
mon = ["08:30-13:00", "14:00-19:00"]
fri = ["18:00-02:00"]
sun = []
wake_s = 45
)");
  ASSERT_TRUE(config) << test::listErrors(config.error());
  const DisplaySchedule& s = config->display.schedule;
  EXPECT_TRUE(s.configured());
  EXPECT_EQ(s.day(0).size(), 2u);
  EXPECT_TRUE(s.day(1).empty());
  EXPECT_EQ(s.day(4).size(), 1u);
  EXPECT_EQ(config->display.wakeFor, 45s);
}

TEST_F(ScheduleConfigTest, ABadWindowIsRefusedAtItsLine) {
  const auto config = load(R"([paths]
assets = "."
[display.schedule]
mon = ["08:30-13:00",
       "14:00-19:70"]
tue = "08:00-12:00"
)");
  ASSERT_FALSE(config);
  EXPECT_TRUE(test::hasErrorAt(config.error(), m_file, 5, "not a time window"));
  EXPECT_TRUE(test::hasErrorAt(config.error(), m_file, 6, "display.schedule.tue must be a list of strings"));
}

TEST_F(ScheduleConfigTest, NoScheduleMeansAlwaysOn) {
  const auto config = load("[paths]\nassets = \".\"\n");
  ASSERT_TRUE(config);
  EXPECT_FALSE(config->display.schedule.configured());
}

TEST_F(ScheduleConfigTest, SyncNeedsOneConninfoAndBacksOffAtLeastTheInterval) {
  const auto config = load(R"([paths]
assets = "."
[sync]
conninfo_file = "pg.conninfo"
interval_s = 600
max_backoff_s = 60
)");
  ASSERT_TRUE(config) << test::listErrors(config.error());
  EXPECT_TRUE(config->sync.enabled());
  EXPECT_EQ(config->sync.conninfoFile, m_dir.path() / "pg.conninfo");
  EXPECT_EQ(config->sync.interval, 600s);
  EXPECT_EQ(config->sync.maxBackoff, 600s);
  const auto both = load("[paths]\nassets = \".\"\n[sync]\nconninfo = \"host=x\"\nconninfo_file = \"f\"\n");
  ASSERT_FALSE(both);
  EXPECT_NE(test::listErrors(both.error()).find("not both"), std::string::npos);
}

}  // namespace
}  // namespace kiosk::core
