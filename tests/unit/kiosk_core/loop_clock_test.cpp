#include "kiosk/core/loop_clock.h"

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

using namespace std::chrono_literals;
using Clock = LoopClock::Clock;

TEST(LoopClock, AtScaleOneIsTheRealClock) {
  LoopClock clock;
  const auto before = Clock::now();
  clock.tick(0);
  EXPECT_GE(clock.now(), before);
  EXPECT_EQ(clock.toLoop(before), before);
  EXPECT_EQ(clock.realMs(250), 250);
}

TEST(LoopClock, AWaitPassesScaleTimesFaster) {
  const auto origin = Clock::now();
  LoopClock clock(20.0, origin);
  EXPECT_EQ(clock.now(), origin);
  clock.tick(2000, origin + 100ms);  // asked for 2 s of loop time, slept 100 ms
  EXPECT_EQ(clock.now(), origin + 2s);
}

TEST(LoopClock, AWaitEndedEarlyCountsOnlyTheTimeSlept) {
  const auto origin = Clock::now();
  LoopClock clock(20.0, origin);
  clock.tick(2000, origin + 10ms);  // an event woke the loop after 10 ms
  EXPECT_EQ(clock.now(), origin + 200ms);
}

TEST(LoopClock, AStallIsNotTakenForIdleTime) {
  const auto origin = Clock::now();
  LoopClock clock(20.0, origin);
  clock.tick(0, origin + 1s);  // a frame that took a second: 20 s scaled, but only kMaxBusyStep passes
  EXPECT_EQ(clock.now(), origin + LoopClock::kMaxBusyStep);
  clock.tick(500, origin + 3s);  // a 25 ms wait that the machine stretched to 2 s
  EXPECT_EQ(clock.now(), origin + LoopClock::kMaxBusyStep + 500ms);
}

TEST(LoopClock, RealWaitsAreRoundedUpSoAWaitNeverEndsEarly) {
  const LoopClock clock(20.0);
  EXPECT_EQ(clock.realMs(1000), 50);
  EXPECT_EQ(clock.realMs(30), 2);  // 1.5 ms
  EXPECT_EQ(clock.realMs(1), 1);
  EXPECT_EQ(clock.realMs(0), 0);
  EXPECT_EQ(clock.realMs(-5), 0);
}

}  // namespace
}  // namespace kiosk::core
