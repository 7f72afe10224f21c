#include "kiosk/core/staff_unlock.h"

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

using namespace std::chrono_literals;

TEST(StaffUnlock, LockedUntilUnlockedThenEndsByItself) {
  StaffUnlock unlock(3min);
  const auto t0 = StaffUnlock::Clock::time_point{} + 1h;
  EXPECT_FALSE(unlock.isUnlocked(t0));
  EXPECT_FALSE(unlock.endsAt());
  unlock.unlock(t0);
  EXPECT_TRUE(unlock.isUnlocked(t0));
  EXPECT_TRUE(unlock.isUnlocked(t0 + 179s));
  EXPECT_FALSE(unlock.isUnlocked(t0 + 180s));
  EXPECT_EQ(*unlock.endsAt(), t0 + 180s);
}

TEST(StaffUnlock, LockEndsItAtOnce) {
  StaffUnlock unlock;
  const auto t0 = StaffUnlock::Clock::time_point{} + 1h;
  unlock.unlock(t0);
  unlock.lock();
  EXPECT_FALSE(unlock.isUnlocked(t0 + 1s));
}

}  // namespace
}  // namespace kiosk::core
