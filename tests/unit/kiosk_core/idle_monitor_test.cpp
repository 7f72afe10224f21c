#include "kiosk/core/idle_monitor.h"

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

using namespace std::chrono_literals;
using Phase = IdleMonitor::Phase;
const IdleMonitor::Clock::time_point t0 = IdleMonitor::Clock::time_point{} + 1h;

TEST(IdleMonitor, StartsDisarmedAndStaysSo) {
  IdleMonitor idle(90s, 20s);
  EXPECT_EQ(idle.phase(), Phase::Disarmed);
  EXPECT_EQ(idle.update(t0 + 24h), Phase::Disarmed);
  EXPECT_FALSE(idle.nextDeadline());
}

TEST(IdleMonitor, PromptsThenExpires) {
  IdleMonitor idle(90s, 20s);
  idle.arm(t0);
  EXPECT_EQ(idle.update(t0 + 90s - 1ms), Phase::Active);
  EXPECT_EQ(idle.update(t0 + 90s), Phase::Prompting);
  EXPECT_EQ(idle.untilReset(t0 + 90s), 20s);
  EXPECT_EQ(idle.update(t0 + 110s - 1ms), Phase::Prompting);
  EXPECT_EQ(idle.update(t0 + 110s), Phase::Expired);
  EXPECT_EQ(idle.untilReset(t0 + 200s), 0ms);
  EXPECT_FALSE(idle.nextDeadline());
}

TEST(IdleMonitor, ALateUpdateGoesStraightToExpired) {
  // The loop may sleep through both deadlines (e.g. a long frame): no prompt is skipped into limbo.
  IdleMonitor idle(90s, 20s);
  idle.arm(t0);
  EXPECT_EQ(idle.update(t0 + 5min), Phase::Expired);
}

TEST(IdleMonitor, ActivityPostponesThePrompt) {
  IdleMonitor idle(90s, 20s);
  idle.arm(t0);
  idle.activity(t0 + 60s);
  EXPECT_EQ(idle.update(t0 + 120s), Phase::Active);
  EXPECT_EQ(idle.nextDeadline(), t0 + 150s);
  EXPECT_EQ(idle.update(t0 + 150s), Phase::Prompting);
}

TEST(IdleMonitor, TouchDuringThePromptContinuesTheSession) {
  IdleMonitor idle(90s, 20s);
  idle.arm(t0);
  ASSERT_EQ(idle.update(t0 + 95s), Phase::Prompting);
  idle.activity(t0 + 100s);
  EXPECT_EQ(idle.phase(), Phase::Active);
  EXPECT_EQ(idle.update(t0 + 150s), Phase::Active);  // the 20 s countdown is forgotten
  EXPECT_EQ(idle.update(t0 + 190s), Phase::Prompting);
}

TEST(IdleMonitor, NextDeadlineFollowsThePhase) {
  IdleMonitor idle(90s, 20s);
  idle.arm(t0);
  EXPECT_EQ(idle.nextDeadline(), t0 + 90s);
  ASSERT_EQ(idle.update(t0 + 90s), Phase::Prompting);
  EXPECT_EQ(idle.nextDeadline(), t0 + 110s);
}

TEST(IdleMonitor, UntilResetRoundsUpToWholeMilliseconds) {
  IdleMonitor idle(90s, 20s);
  idle.arm(t0);
  EXPECT_EQ(idle.untilReset(t0), 110s);
  EXPECT_EQ(idle.untilReset(t0 + 100s + std::chrono::microseconds(500)), 10s);  // 9999.5 ms -> 10 s
  EXPECT_EQ(idle.untilReset(t0 + 100s + std::chrono::microseconds(1500)), 9999ms);
}

TEST(IdleMonitor, ArmWhileActiveDoesNotRestartTheClock) {
  IdleMonitor idle(90s, 20s);
  idle.arm(t0);
  idle.arm(t0 + 80s);  // e.g. navigating between visitor screens
  EXPECT_EQ(idle.update(t0 + 90s), Phase::Prompting);
}

TEST(IdleMonitor, DisarmStopsAndRearmStartsFresh) {
  IdleMonitor idle(90s, 20s);
  idle.arm(t0);
  ASSERT_EQ(idle.update(t0 + 95s), Phase::Prompting);
  idle.disarm();
  EXPECT_EQ(idle.update(t0 + 10min), Phase::Disarmed);
  EXPECT_FALSE(idle.nextDeadline());
  idle.arm(t0 + 10min);
  EXPECT_EQ(idle.update(t0 + 11min), Phase::Active);
}

TEST(IdleMonitor, ExpiredStaysExpiredUntilRearmed) {
  IdleMonitor idle(90s, 20s);
  idle.arm(t0);
  ASSERT_EQ(idle.update(t0 + 110s), Phase::Expired);
  idle.activity(t0 + 111s);  // a touch on the attract loop does not revive the old session
  EXPECT_EQ(idle.update(t0 + 112s), Phase::Expired);
  idle.arm(t0 + 120s);
  EXPECT_EQ(idle.phase(), Phase::Active);
  EXPECT_EQ(idle.update(t0 + 120s + 89s), Phase::Active);
}

}  // namespace
}  // namespace kiosk::core
