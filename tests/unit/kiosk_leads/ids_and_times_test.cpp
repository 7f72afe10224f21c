#include <cstdlib>
#include <ctime>
#include <set>

#include <gtest/gtest.h>

#include "kiosk/leads/json.h"
#include "kiosk/leads/timestamp.h"
#include "kiosk/leads/uuid.h"
#include "tests/unit/kiosk_leads/leads_test_util.h"

namespace kiosk::leads {
namespace {

TEST(Uuid, Version4AndUnique) {
  std::set<std::string> seen;
  for (int i = 0; i < 1000; ++i) {
    const std::string id = newUuid();
    EXPECT_TRUE(isUuid(id)) << id;
    EXPECT_TRUE(seen.insert(id).second);
  }
  EXPECT_FALSE(isUuid("3b241101-e2bb-1255-8caf-4136c566a962"));  // version 1
  EXPECT_FALSE(isUuid("3B241101-E2BB-4255-8CAF-4136C566A962"));  // we write lowercase
  EXPECT_FALSE(isUuid("not-a-uuid"));
}

TEST(Timestamp, FormatParseRoundTrip) {
  const auto t = test::at("2024-02-29T23:59:59.123Z");
  EXPECT_EQ(formatUtc(t), "2024-02-29T23:59:59.123Z");
  EXPECT_FALSE(parseUtc("2024-02-30T00:00:00.000Z"));
  EXPECT_FALSE(parseUtc("2024-02-29 23:59:59"));
  EXPECT_EQ(formatUtc(Clock::time_point{}), "1970-01-01T00:00:00.000Z");
}

TEST(Timestamp, MonthsBeforeClampsToMonthEnd) {
  EXPECT_EQ(formatUtc(monthsBefore(test::at("2024-03-31T10:00:00.000Z"), 1)), "2024-02-29T10:00:00.000Z");
  EXPECT_EQ(formatUtc(monthsBefore(test::at("2025-03-31T10:00:00.000Z"), 1)), "2025-02-28T10:00:00.000Z");
  EXPECT_EQ(formatUtc(monthsBefore(test::at("2025-01-15T00:00:00.000Z"), 24)), "2023-01-15T00:00:00.000Z");
}

// Days are local: in Rome, 17 May 2024 (CEST, UTC+2) starts at 22:00 UTC the day before.
class LocalDays : public ::testing::Test {
 protected:
  void SetUp() override {
    if (const char* tz = std::getenv("TZ")) m_saved = tz;
    ::setenv("TZ", "Europe/Rome", 1);
    ::tzset();
  }
  void TearDown() override {
    if (m_saved) ::setenv("TZ", m_saved->c_str(), 1);
    else ::unsetenv("TZ");
    ::tzset();
  }
  std::optional<std::string> m_saved;
};

TEST_F(LocalDays, DayStartIsLocalMidnightInUtc) {
  EXPECT_EQ(localDayStartUtc("2024-05-17"), "2024-05-16T22:00:00.000Z");
  EXPECT_EQ(localDayStartUtc("2024-01-17"), "2024-01-16T23:00:00.000Z");
  EXPECT_EQ(nextDay("2024-02-28"), "2024-02-29");
  EXPECT_EQ(nextDay("2024-12-31"), "2025-01-01");
  EXPECT_FALSE(localDayStartUtc("17/05/2024"));
  EXPECT_FALSE(localDayStartUtc("2024-13-01"));
  const auto local = toLocal("2024-05-16T22:30:15.500Z");
  ASSERT_TRUE(local);
  EXPECT_EQ(local->day, 17);
  EXPECT_EQ(local->hour, 0);
  EXPECT_EQ(local->minute, 30);
  EXPECT_DOUBLE_EQ(local->second, 15.5);
}

TEST(Json, ArraysEscapeStrings) {
  EXPECT_EQ(toJsonArray({}), "[]");
  EXPECT_EQ(toJsonArray({"a", "b\"c", "d\\e", "f\ng"}), R"(["a","b\"c","d\\e","f\ng"])");
  EXPECT_EQ(toJsonArray({std::string("\x01")}), R"(["\u0001"])");
  EXPECT_EQ(splitUnitSeparated(""), std::vector<std::string>{});
  EXPECT_EQ(splitUnitSeparated("a\x1f" "b"), (std::vector<std::string>{"a", "b"}));
}

}  // namespace
}  // namespace kiosk::leads
