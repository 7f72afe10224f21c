#include "kiosk/input/kinetic_scroller.h"

#include <gtest/gtest.h>

namespace kiosk::input {
namespace {

// Advances `seconds` of glide in steps of `dt`.
void run(KineticScroller& s, float seconds, float dt) {
  for (float t = 0; t < seconds - dt * 0.5f; t += dt) s.update(dt);
}

TEST(KineticScroller, DragFollowsTheFinger) {
  KineticScroller s;
  s.setMaxOffset(1000);
  s.drag(-120);  // finger moves up: the content scrolls on
  EXPECT_FLOAT_EQ(s.offset(), 120);
  s.drag(20);
  EXPECT_FLOAT_EQ(s.offset(), 100);
  EXPECT_FALSE(s.gliding());
}

TEST(KineticScroller, DragStopsAtBothEnds) {
  KineticScroller s;
  s.setMaxOffset(300);
  s.drag(50);
  EXPECT_FLOAT_EQ(s.offset(), 0);
  s.drag(-500);
  EXPECT_FLOAT_EQ(s.offset(), 300);
}

TEST(KineticScroller, FlingGlidesOnAndDecays) {
  KineticScroller s(0.325f, 20.0f);
  s.setMaxOffset(10'000);
  s.release(-2000);  // a fast flick upwards
  ASSERT_TRUE(s.gliding());
  float last = s.offset();
  float lastStep = 1e9f;
  for (int i = 0; i < 10; ++i) {
    s.update(1.0f / 60);
    const float step = s.offset() - last;
    EXPECT_GT(step, 0) << "frame " << i;
    EXPECT_LT(step, lastStep) << "frame " << i << ": the glide must slow down";
    lastStep = step;
    last = s.offset();
  }
  run(s, 5.0f, 1.0f / 60);
  EXPECT_FALSE(s.gliding());
  // The whole glide is v0 * tau = 650 px, less the tail cut off below the stop speed (<= 20 * tau).
  EXPECT_LE(s.offset(), 650.0f);
  EXPECT_GE(s.offset(), 650.0f - 20.0f * 0.325f - 0.5f);
  const float rest = s.offset();
  s.update(1.0f);
  EXPECT_FLOAT_EQ(s.offset(), rest);
}

TEST(KineticScroller, SlowReleaseDoesNotGlide) {
  KineticScroller s(0.325f, 20.0f);
  s.setMaxOffset(1000);
  s.jumpTo(500);
  s.release(15);
  EXPECT_FALSE(s.gliding());
  s.update(0.5f);
  EXPECT_FLOAT_EQ(s.offset(), 500);
}

TEST(KineticScroller, GlideIsIndependentOfTheFrameRate) {
  KineticScroller once;
  KineticScroller tenTimes;
  for (KineticScroller* s : {&once, &tenTimes}) {
    s->setMaxOffset(100'000);
    s->jumpTo(1000);
    s->release(-3000);
  }
  once.update(0.1f);
  run(tenTimes, 0.1f, 0.01f);
  EXPECT_GT(once.offset(), 1000 + 100);
  EXPECT_NEAR(once.offset(), tenTimes.offset(), 0.01f);
  // Both keep gliding at the same speed afterwards too.
  once.update(0.05f);
  tenTimes.update(0.05f);
  EXPECT_NEAR(once.offset(), tenTimes.offset(), 0.01f);
}

TEST(KineticScroller, Glide60And144HzEndUpTogether) {
  KineticScroller slow;
  KineticScroller fast;
  for (KineticScroller* s : {&slow, &fast}) {
    s->setMaxOffset(100'000);
    s->release(-2500);
  }
  run(slow, 0.5f, 1.0f / 60);
  run(fast, 0.5f, 1.0f / 144);
  EXPECT_NEAR(slow.offset(), fast.offset(), 0.05f);
}

TEST(KineticScroller, GlideStopsAtTheEnd) {
  KineticScroller s;
  s.setMaxOffset(200);
  s.jumpTo(150);
  s.release(-5000);
  run(s, 0.5f, 1.0f / 60);
  EXPECT_FLOAT_EQ(s.offset(), 200);
  EXPECT_FALSE(s.gliding()) << "the list stops at its end instead of pushing against it";
}

TEST(KineticScroller, GlideStopsAtTheStart) {
  KineticScroller s;
  s.setMaxOffset(1000);
  s.jumpTo(100);
  s.release(5000);  // flick downwards: back towards the top
  run(s, 0.5f, 1.0f / 60);
  EXPECT_FLOAT_EQ(s.offset(), 0);
  EXPECT_FALSE(s.gliding());
}

TEST(KineticScroller, TouchingAgainStopsTheGlide) {
  KineticScroller s;
  s.setMaxOffset(10'000);
  s.release(-2000);
  s.update(0.05f);
  s.drag(0);
  EXPECT_FALSE(s.gliding());
  const float held = s.offset();
  s.update(0.1f);
  EXPECT_FLOAT_EQ(s.offset(), held);

  s.release(-2000);
  s.stop();
  EXPECT_FALSE(s.gliding());
}

TEST(KineticScroller, ZeroOrNegativeTimeStepChangesNothing) {
  KineticScroller s;
  s.setMaxOffset(10'000);
  s.release(-2000);
  s.update(0);
  s.update(-0.1f);
  EXPECT_FLOAT_EQ(s.offset(), 0);
  EXPECT_TRUE(s.gliding());
}

TEST(KineticScroller, ShrinkingContentClampsTheOffset) {
  KineticScroller s;
  s.setMaxOffset(1000);
  s.jumpTo(800);
  s.setMaxOffset(300);  // e.g. the language changed and the text got shorter
  EXPECT_FLOAT_EQ(s.offset(), 300);
  s.setMaxOffset(-50);  // content shorter than the view
  EXPECT_FLOAT_EQ(s.offset(), 0);
  s.drag(-100);
  EXPECT_FLOAT_EQ(s.offset(), 0);
}

TEST(KineticScroller, JumpToIsClampedAndStopsTheGlide) {
  KineticScroller s;
  s.setMaxOffset(500);
  s.release(-2000);
  s.jumpTo(9999);
  EXPECT_FLOAT_EQ(s.offset(), 500);
  EXPECT_FALSE(s.gliding());
  s.jumpTo(-1);
  EXPECT_FLOAT_EQ(s.offset(), 0);
}

}  // namespace
}  // namespace kiosk::input
