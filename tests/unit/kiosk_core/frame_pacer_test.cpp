#include "kiosk/core/frame_pacer.h"

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

using namespace std::chrono_literals;
const FramePacer::Clock::time_point t0 = FramePacer::Clock::time_point{} + 1h;

// Renders while a frame is due; returns how many frames that took (bounded, to catch a spin).
int renderWhileDue(FramePacer& pacer, FramePacer::Clock::time_point now) {
  int frames = 0;
  while (pacer.frameDue(now) && frames < 100) {
    pacer.frameStarted();
    pacer.frameRendered(now);
    ++frames;
  }
  return frames;
}

TEST(FramePacer, RendersTheFirstFrameThenSleeps) {
  FramePacer pacer(3, 1000ms);
  EXPECT_TRUE(pacer.frameDue(t0));
  EXPECT_EQ(pacer.waitTimeoutMs(t0), 0);
  EXPECT_EQ(renderWhileDue(pacer, t0), 1);
  EXPECT_FALSE(pacer.frameDue(t0));
  EXPECT_EQ(pacer.waitTimeoutMs(t0), 1000);  // nothing requested: sleep the maximum
}

TEST(FramePacer, InputAsksForSeveralFrames) {
  // ImGui needs a few frames after an event for a click to go through.
  FramePacer pacer(3, 1000ms);
  renderWhileDue(pacer, t0);
  pacer.onInput();
  EXPECT_EQ(renderWhileDue(pacer, t0), 3);
}

TEST(FramePacer, FrameRequestsDoNotAddUp) {
  FramePacer pacer(3, 1000ms);
  renderWhileDue(pacer, t0);
  pacer.requestFrames(2);
  pacer.requestFrames(1);
  pacer.onInput();
  pacer.onInput();
  EXPECT_EQ(renderWhileDue(pacer, t0), 3);  // the largest request, not the sum
}

TEST(FramePacer, FrameAtAFutureTime) {
  FramePacer pacer(3, 1000ms);
  renderWhileDue(pacer, t0);
  pacer.requestFrameAt(t0 + 250ms);
  EXPECT_FALSE(pacer.frameDue(t0));
  EXPECT_EQ(pacer.waitTimeoutMs(t0), 250);
  EXPECT_EQ(pacer.waitTimeoutMs(t0 + 249ms + 500us), 1);  // rounded up: never wakes a hair early
  EXPECT_TRUE(pacer.frameDue(t0 + 250ms));
  EXPECT_EQ(pacer.waitTimeoutMs(t0 + 300ms), 0);
  EXPECT_EQ(renderWhileDue(pacer, t0 + 250ms), 1);
  EXPECT_EQ(pacer.waitTimeoutMs(t0 + 250ms), 1000);  // the deadline was consumed
}

TEST(FramePacer, FrameRenderedForOtherReasonsKeepsAPendingDeadline) {
  FramePacer pacer(3, 1000ms);
  renderWhileDue(pacer, t0);
  pacer.requestFrameAt(t0 + 500ms);
  pacer.onInput();
  renderWhileDue(pacer, t0 + 10ms);
  EXPECT_EQ(pacer.waitTimeoutMs(t0 + 10ms), 490);
}

TEST(FramePacer, EarliestDeadlineWins) {
  FramePacer pacer(3, 1000ms);
  renderWhileDue(pacer, t0);
  pacer.requestFrameAt(t0 + 800ms);
  pacer.requestFrameAt(t0 + 200ms);
  pacer.requestFrameAt(t0 + 600ms);
  EXPECT_EQ(pacer.waitTimeoutMs(t0), 200);
}

TEST(FramePacer, AnEarlierRequestDoesNotLoseTheLaterOne) {
  // The idle countdown asks for the next second, then a long press asks for an earlier frame.
  FramePacer pacer(3, 1000ms);
  renderWhileDue(pacer, t0);
  pacer.requestFrameAt(t0 + 700ms);
  pacer.requestFrameAt(t0 + 300ms);
  EXPECT_EQ(renderWhileDue(pacer, t0 + 300ms), 1);
  EXPECT_EQ(pacer.waitTimeoutMs(t0 + 300ms), 400);
  EXPECT_EQ(renderWhileDue(pacer, t0 + 700ms), 1);
  EXPECT_EQ(pacer.waitTimeoutMs(t0 + 700ms), 1000);
}

TEST(FramePacer, SlideshowKeepsTurningWithoutInput) {
  // The attract screen, as it draws: on the frame where its slide time is up it moves to
  // the next slide and asks for a frame at that slide's end. Nothing else wakes the kiosk.
  FramePacer pacer(3, 1000ms);
  const auto slide = 8s;
  auto slideStarted = t0;
  int slideChanges = 0;
  int frames = 0;
  for (auto now = t0; now < t0 + 60s; now += std::chrono::milliseconds(pacer.waitTimeoutMs(now))) {
    if (!pacer.frameDue(now)) continue;  // woke up after maxSleep with nothing to draw
    pacer.frameStarted();
    if (now - slideStarted >= slide) {
      ++slideChanges;
      slideStarted = now;
    }
    pacer.requestFrameAt(slideStarted + slide);
    pacer.frameRendered(now);
    ++frames;
  }
  EXPECT_EQ(slideChanges, 7);  // at 8, 16, ... 56 s
  EXPECT_EQ(frames, 8);        // the first frame and one per slide: the loop sleeps in between
}

TEST(FramePacer, FarDeadlineIsCappedAtMaxSleep) {
  FramePacer pacer(3, 1000ms);
  renderWhileDue(pacer, t0);
  pacer.requestFrameAt(t0 + 1h);
  EXPECT_EQ(pacer.waitTimeoutMs(t0), 1000);
}

TEST(FramePacer, ContinuousLastsWhileTheAnimationAsksEachFrame) {
  // An animation asks while it draws; when a frame passes without the ask the kiosk sleeps.
  FramePacer pacer(3, 1000ms);
  renderWhileDue(pacer, t0);
  pacer.requestContinuous();
  for (int i = 0; i < 5; ++i) {
    ASSERT_TRUE(pacer.frameDue(t0)) << "frame " << i;
    EXPECT_EQ(pacer.waitTimeoutMs(t0), 0);
    pacer.frameStarted();
    pacer.requestContinuous();  // still animating while drawing this frame
    pacer.frameRendered(t0);
  }
  ASSERT_TRUE(pacer.frameDue(t0));
  pacer.frameStarted();  // this frame draws the animation's end and does not ask again
  pacer.frameRendered(t0);
  EXPECT_FALSE(pacer.frameDue(t0));
  EXPECT_EQ(pacer.waitTimeoutMs(t0), 1000);
}

TEST(FramePacer, DeadlineRequestedWhileDrawingSurvivesTheFrame) {
  // A countdown redrawn at its deadline asks for the next tick while drawing that frame.
  FramePacer pacer(3, 1000ms);
  renderWhileDue(pacer, t0);
  pacer.requestFrameAt(t0 + 1s);
  ASSERT_TRUE(pacer.frameDue(t0 + 1s));
  pacer.frameStarted();
  pacer.requestFrameAt(t0 + 2s);
  pacer.frameRendered(t0 + 1s);
  EXPECT_FALSE(pacer.frameDue(t0 + 1s));
  EXPECT_EQ(pacer.waitTimeoutMs(t0 + 1s), 1000);
  EXPECT_TRUE(pacer.frameDue(t0 + 2s));
}

}  // namespace
}  // namespace kiosk::core
