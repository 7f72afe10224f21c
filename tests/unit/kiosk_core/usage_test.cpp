// Usage counts as the dashboard reads them: kinds by name, totals per kind, and the run of
// days ending today across month and year ends.
#include "kiosk/core/usage.h"

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

TEST(Usage, KindsRoundTripByName) {
  for (UsageKind kind : {UsageKind::Session, UsageKind::ScreenVisit, UsageKind::Demo, UsageKind::Assessment,
                         UsageKind::Lead}) {
    EXPECT_EQ(parseUsageKind(toString(kind)), kind);
  }
  EXPECT_FALSE(parseUsageKind("visitor"));
}

TEST(Usage, TotalsAddPerKind) {
  UsageTotals t;
  t.add(UsageKind::Session, 3);
  t.add(UsageKind::Lead, 1);
  t.add(UsageKind::Lead, 2);
  EXPECT_EQ(t.of(UsageKind::Session), 3);
  EXPECT_EQ(t.of(UsageKind::Lead), 3);
  EXPECT_EQ(t.of(UsageKind::Demo), 0);
}

TEST(Usage, DaysEndingWithCrossMonthAndYear) {
  EXPECT_EQ(daysEndingWith("2026-03-02", 3), (std::vector<std::string>{"2026-02-28", "2026-03-01", "2026-03-02"}));
  EXPECT_EQ(daysEndingWith("2027-01-01", 2), (std::vector<std::string>{"2026-12-31", "2027-01-01"}));
  EXPECT_EQ(daysEndingWith("2028-03-01", 2).front(), "2028-02-29");
  EXPECT_TRUE(daysEndingWith("yesterday", 3).empty());
}

}  // namespace
}  // namespace kiosk::core
