// The in-process sync's timing: the interval while the server answers; after failures the
// wait doubles up to the cap, each one jittered into the upper half; a success resets it.
#include "kiosk/sync/backoff.h"

#include <set>

#include <gtest/gtest.h>

namespace kiosk::sync {
namespace {

using namespace std::chrono_literals;
using Ms = std::chrono::milliseconds;

TEST(SyncBackoff, DoublesUpToTheCapWithJitterAndResetsOnSuccess) {
  SyncBackoff backoff(10s, 80s, 42);
  EXPECT_EQ(backoff.after(true), 10s);
  const Ms ceilings[] = {20s, 40s, 80s, 80s, 80s};
  for (const Ms ceiling : ceilings) {
    const Ms wait = backoff.after(false);
    EXPECT_GE(wait, ceiling / 2);
    EXPECT_LE(wait, ceiling);
  }
  EXPECT_EQ(backoff.failuresInARow(), 5);
  EXPECT_EQ(backoff.after(true), 10s);
  EXPECT_EQ(backoff.failuresInARow(), 0);
}

TEST(SyncBackoff, KiosksThatFailTogetherDoNotRetryTogether) {
  std::set<long long> waits;
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    SyncBackoff backoff(60s, 3600s, seed);
    (void)backoff.after(false);
    waits.insert(backoff.after(false).count());
  }
  EXPECT_GT(waits.size(), 15u);
}

TEST(SyncBackoff, ACapBelowTheIntervalIsTheInterval) {
  SyncBackoff backoff(30s, 5s, 1);
  EXPECT_EQ(backoff.ceiling(3), 30s);
  EXPECT_LE(backoff.after(false), 30s);
}

TEST(SyncBackoff, NoOverflowAfterManyFailures) {
  SyncBackoff backoff(1s, 1h, 7);
  for (int i = 0; i < 10'000; ++i) (void)backoff.after(false);
  EXPECT_EQ(backoff.ceiling(10'000), 1h);
  EXPECT_LE(backoff.after(false), 1h);
}

}  // namespace
}  // namespace kiosk::sync
