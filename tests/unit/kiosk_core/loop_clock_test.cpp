#include "kiosk/core/loop_clock.h"

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

using namespace std::chrono_literals;
using Clock = LoopClock::Clock;

TEST(LoopClock, AtScaleOneIsTheRealClock) {
  const LoopClock clock;
  const auto real = Clock::now();
  EXPECT_EQ(clock.toLoop(real), real);
  EXPECT_EQ(clock.realMs(250), 250);
}

TEST(LoopClock, ScaledTimeRunsFasterFromTheOrigin) {
  const auto origin = Clock::now();
  const LoopClock clock(20.0, origin);
  EXPECT_EQ(clock.toLoop(origin), origin);
  EXPECT_EQ(clock.toLoop(origin + 100ms), origin + 2s);
  EXPECT_EQ(clock.toLoop(origin + 1s), origin + 20s);
}

TEST(LoopClock, RealWaitsAreRoundedUpSoAWaitNeverEndsEarly) {
  const LoopClock clock(20.0);
  EXPECT_EQ(clock.realMs(1000), 50);
  EXPECT_EQ(clock.realMs(30), 2);   // 1.5 ms
  EXPECT_EQ(clock.realMs(1), 1);
  EXPECT_EQ(clock.realMs(0), 0);
  EXPECT_EQ(clock.realMs(-5), 0);
}

}  // namespace
}  // namespace kiosk::core
