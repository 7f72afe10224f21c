#include "kiosk/media/schedule.h"

#include <cstdlib>
#include <ctime>
#include <optional>
#include <string>

#include <gtest/gtest.h>

namespace kiosk::media {
namespace {

// 2026-03-06 is a Friday.
CivilTime at(int year, int month, int day, int hour, int minute) {
  std::tm tm{};
  tm.tm_year = year - 1900;
  tm.tm_mon = month - 1;
  tm.tm_mday = day;
  tm.tm_hour = 12;
  const std::time_t t = timegm(&tm);
  std::tm back{};
  gmtime_r(&t, &back);
  return CivilTime{{year, month, day}, (back.tm_wday + 6) % 7, hour * 60 + minute};
}

Schedule windows(std::initializer_list<TimeWindow> hours) {
  Schedule s;
  s.hours = hours;
  return s;
}

TEST(Schedule, EmptyScheduleAlwaysPlays) {
  EXPECT_TRUE(isActive(Schedule{}, at(2026, 1, 1, 0, 0)));
  EXPECT_TRUE(isActive(Schedule{}, at(2026, 12, 31, 23, 59)));
}

TEST(Schedule, DateRangeIncludesBothEnds) {
  Schedule s;
  s.from = Date{2026, 3, 1};
  s.until = Date{2026, 3, 31};
  EXPECT_FALSE(isActive(s, at(2026, 2, 28, 23, 59)));
  EXPECT_TRUE(isActive(s, at(2026, 3, 1, 0, 0)));
  EXPECT_TRUE(isActive(s, at(2026, 3, 31, 23, 59)));
  EXPECT_FALSE(isActive(s, at(2026, 4, 1, 0, 0)));
}

TEST(Schedule, Weekdays) {
  Schedule s;
  s.weekdays = (1U << 0) | (1U << 4);  // Monday, Friday
  EXPECT_EQ(at(2026, 3, 6, 12, 0).weekday, 4) << "2026-03-06 is a Friday";
  EXPECT_TRUE(isActive(s, at(2026, 3, 6, 12, 0)));
  EXPECT_FALSE(isActive(s, at(2026, 3, 7, 12, 0)));
  EXPECT_TRUE(isActive(s, at(2026, 3, 9, 12, 0)));
}

TEST(Schedule, TimeWindowIsHalfOpen) {
  const Schedule s = windows({{8 * 60, 13 * 60}, {15 * 60, 18 * 60}});
  EXPECT_FALSE(isActive(s, at(2026, 3, 6, 7, 59)));
  EXPECT_TRUE(isActive(s, at(2026, 3, 6, 8, 0)));
  EXPECT_TRUE(isActive(s, at(2026, 3, 6, 12, 59)));
  EXPECT_FALSE(isActive(s, at(2026, 3, 6, 13, 0)));
  EXPECT_TRUE(isActive(s, at(2026, 3, 6, 16, 0)));
  EXPECT_FALSE(isActive(s, at(2026, 3, 6, 18, 0)));
}

TEST(Schedule, WindowUntilMidnight) {
  const Schedule s = windows({{20 * 60, 24 * 60}});
  EXPECT_TRUE(isActive(s, at(2026, 3, 6, 23, 59)));
  EXPECT_FALSE(isActive(s, at(2026, 3, 7, 0, 0)));
}

TEST(Schedule, WindowPastMidnightBelongsToTheDayItStarted) {
  Schedule s = windows({{22 * 60, 2 * 60}});
  s.weekdays = 1U << 4;  // Friday nights only
  EXPECT_FALSE(isActive(s, at(2026, 3, 6, 21, 59)));
  EXPECT_TRUE(isActive(s, at(2026, 3, 6, 22, 0)));   // Friday evening
  EXPECT_TRUE(isActive(s, at(2026, 3, 7, 1, 59)));   // Saturday small hours: Friday's window
  EXPECT_FALSE(isActive(s, at(2026, 3, 7, 2, 0)));
  EXPECT_FALSE(isActive(s, at(2026, 3, 7, 22, 30)));  // Saturday evening: not Friday
  EXPECT_FALSE(isActive(s, at(2026, 3, 6, 1, 0)));   // Friday small hours: Thursday's window
}

TEST(Schedule, WindowPastMidnightHonoursTheLastDayAndMonthEnds) {
  Schedule s = windows({{22 * 60, 2 * 60}});
  s.until = Date{2026, 3, 31};
  EXPECT_TRUE(isActive(s, at(2026, 4, 1, 1, 0)));   // the night that began on the last day
  EXPECT_FALSE(isActive(s, at(2026, 4, 1, 22, 0)));
  s.from = Date{2026, 3, 1};
  EXPECT_FALSE(isActive(s, at(2026, 3, 1, 1, 0)));  // belongs to 28 February, before the range
  EXPECT_EQ(previousDay(at(2026, 1, 1, 0, 0)).date, (Date{2025, 12, 31}));
  EXPECT_EQ(previousDay(at(2028, 3, 1, 0, 0)).date, (Date{2028, 2, 29}));
}

// Local time in Italy for the DST cases; restored afterwards.
class ScheduleInRome : public ::testing::Test {
 protected:
  void SetUp() override {
    if (const char* tz = std::getenv("TZ")) m_saved = tz;
    setenv("TZ", "Europe/Rome", 1);
    tzset();
  }
  void TearDown() override {
    if (m_saved) {
      setenv("TZ", m_saved->c_str(), 1);
    } else {
      unsetenv("TZ");
    }
    tzset();
  }

  // Real minutes of one UTC day range in which the schedule is active.
  static int activeMinutes(const Schedule& s, std::time_t fromUtc, std::time_t toUtc) {
    int minutes = 0;
    for (std::time_t t = fromUtc; t < toUtc; t += 60) minutes += isActive(s, civilTimeOf(t)) ? 1 : 0;
    return minutes;
  }

  static std::time_t utc(int year, int month, int day, int hour, int minute) {
    std::tm tm{};
    tm.tm_year = year - 1900;
    tm.tm_mon = month - 1;
    tm.tm_mday = day;
    tm.tm_hour = hour;
    tm.tm_min = minute;
    return timegm(&tm);
  }

 private:
  std::optional<std::string> m_saved;
};

TEST_F(ScheduleInRome, CivilTimeFollowsDst) {
  // 29 March 2026: 02:00 CET becomes 03:00 CEST at 01:00 UTC.
  const CivilTime before = civilTimeOf(utc(2026, 3, 29, 0, 59));
  const CivilTime after = civilTimeOf(utc(2026, 3, 29, 1, 0));
  EXPECT_EQ(before.minute, 1 * 60 + 59);
  EXPECT_EQ(after.minute, 3 * 60);
  EXPECT_EQ(after.weekday, 6) << "a Sunday";
}

TEST_F(ScheduleInRome, SpringForwardDay) {
  const std::time_t dayStart = utc(2026, 3, 28, 23, 0);  // local midnight, CET
  const std::time_t dayEnd = utc(2026, 3, 29, 22, 0);    // next local midnight, CEST: a 23-hour day
  // 02:00-03:00 does not exist that night: never shown.
  EXPECT_EQ(activeMinutes(windows({{2 * 60, 3 * 60}}), dayStart, dayEnd), 0);
  // 01:00-04:00 lasts two real hours.
  EXPECT_EQ(activeMinutes(windows({{1 * 60, 4 * 60}}), dayStart, dayEnd), 120);
  // Opening hours are local: 09:00-18:00 is still nine hours, starting at 07:00 UTC.
  EXPECT_EQ(activeMinutes(windows({{9 * 60, 18 * 60}}), dayStart, dayEnd), 9 * 60);
  EXPECT_TRUE(isActive(windows({{9 * 60, 18 * 60}}), civilTimeOf(utc(2026, 3, 29, 7, 0))));
  EXPECT_FALSE(isActive(windows({{9 * 60, 18 * 60}}), civilTimeOf(utc(2026, 3, 29, 6, 59))));
}

TEST_F(ScheduleInRome, FallBackDay) {
  const std::time_t dayStart = utc(2026, 10, 24, 22, 0);  // local midnight, CEST
  const std::time_t dayEnd = utc(2026, 10, 25, 23, 0);    // next local midnight, CET: a 25-hour day
  // 02:00-03:00 happens twice.
  EXPECT_EQ(activeMinutes(windows({{2 * 60, 3 * 60}}), dayStart, dayEnd), 120);
  // A night window across the change: 22:00 Saturday to 06:00 Sunday is nine real hours.
  Schedule night = windows({{22 * 60, 6 * 60}});
  night.weekdays = 1U << 5;  // Saturday nights
  EXPECT_EQ(activeMinutes(night, utc(2026, 10, 24, 0, 0), utc(2026, 10, 26, 0, 0)), 9 * 60);
}

}  // namespace
}  // namespace kiosk::media
