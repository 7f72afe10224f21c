#include "kiosk/input/pointer_tracker.h"

#include <cmath>
#include <vector>

#include <SDL_touch.h>
#include <gtest/gtest.h>

namespace kiosk::input {
namespace {

using namespace std::chrono_literals;

// A 1000x1000 window: a finger at normalised (0.25, 0.5) is at pixel (250, 500).
constexpr int kWindow = 1000;
const Clock::time_point t0 = Clock::time_point{} + 1h;

SDL_Event finger(Uint32 type, SDL_FingerID id, float px, float py) {
  SDL_Event event{};
  event.type = type;
  event.tfinger.type = type;
  event.tfinger.touchId = 1;
  event.tfinger.fingerId = id;
  event.tfinger.x = px / kWindow;
  event.tfinger.y = py / kWindow;
  event.tfinger.pressure = 1.0f;
  return event;
}

SDL_Event mouseButton(Uint32 type, Uint32 which, Uint8 button, int x, int y) {
  SDL_Event event{};
  event.type = type;
  event.button.type = type;
  event.button.which = which;
  event.button.button = button;
  event.button.state = type == SDL_MOUSEBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
  event.button.clicks = 1;
  event.button.x = x;
  event.button.y = y;
  return event;
}

SDL_Event mouseMotion(Uint32 which, int x, int y) {
  SDL_Event event{};
  event.type = SDL_MOUSEMOTION;
  event.motion.type = SDL_MOUSEMOTION;
  event.motion.which = which;
  event.motion.x = x;
  event.motion.y = y;
  return event;
}

// Feeds events at explicit times and records what ImGui would see each frame.
class TrackerTest : public ::testing::Test {
 protected:
  // Whether an event counts as visitor input is checked in HoverIsNotVisitorInputButADragIs.
  void feed(const SDL_Event& event, Clock::duration at) { (void)m_tracker.handleEvent(event, kWindow, kWindow, t0 + at); }
  void down(float x, float y, Clock::duration at, SDL_FingerID id = 7) { feed(finger(SDL_FINGERDOWN, id, x, y), at); }
  void move(float x, float y, Clock::duration at, SDL_FingerID id = 7) { feed(finger(SDL_FINGERMOTION, id, x, y), at); }
  void up(float x, float y, Clock::duration at, SDL_FingerID id = 7) { feed(finger(SDL_FINGERUP, id, x, y), at); }

  const PointerFrame& frame() {
    m_tracker.beginFrame();
    m_frames.push_back(m_tracker.frame());
    return m_tracker.frame();
  }

  // ImGui clicks a button when the mouse goes up while still over it: down one frame,
  // up-and-present the next. Counts those releases over every frame so far.
  int clicks() const {
    int n = 0;
    for (std::size_t i = 1; i < m_frames.size(); ++i) {
      if (m_frames[i - 1].down && m_frames[i - 1].present && !m_frames[i].down && m_frames[i].present) ++n;
    }
    return n;
  }

  PointerTracker m_tracker{16.0f};
  std::vector<PointerFrame> m_frames;
};

TEST_F(TrackerTest, FingerCoordinatesAreMappedToWindowPixels) {
  SDL_Event event = finger(SDL_FINGERDOWN, 1, 0, 0);
  event.tfinger.x = 0.25f;
  event.tfinger.y = 0.5f;
  ASSERT_TRUE(m_tracker.handleEvent(event, 800, 600, t0));
  m_tracker.beginFrame();
  EXPECT_FLOAT_EQ(m_tracker.frame().pos.x, 200);
  EXPECT_FLOAT_EQ(m_tracker.frame().pos.y, 300);
}

TEST_F(TrackerTest, NonPointerEventsAreNotConsumed) {
  SDL_Event key{};
  key.type = SDL_KEYDOWN;
  EXPECT_FALSE(m_tracker.handleEvent(key, kWindow, kWindow, t0));
  SDL_Event wheel{};
  wheel.type = SDL_MOUSEWHEEL;
  EXPECT_FALSE(m_tracker.handleEvent(wheel, kWindow, kWindow, t0));
}

TEST_F(TrackerTest, NoInputMeansNoPointer) {
  EXPECT_FALSE(frame().present);
  EXPECT_FALSE(m_tracker.gesture().active);
  EXPECT_FALSE(m_tracker.hasPendingInput());
}

TEST_F(TrackerTest, FastTapSpansTwoFramesThenThePointerLeaves) {
  // Down and up arrive together, before any frame: the press must not be lost.
  down(300, 400, 0ms);
  up(300, 400, 30ms);

  const PointerFrame first = frame();
  EXPECT_TRUE(first.present);
  EXPECT_TRUE(first.down);
  EXPECT_FLOAT_EQ(first.pos.x, 300);
  EXPECT_FLOAT_EQ(first.pos.y, 400);
  EXPECT_TRUE(m_tracker.gesture().active);
  EXPECT_TRUE(m_tracker.hasPendingInput());

  const PointerFrame second = frame();
  EXPECT_TRUE(second.present);
  EXPECT_FALSE(second.down);
  EXPECT_FLOAT_EQ(second.pos.x, 300);
  EXPECT_TRUE(m_tracker.gesture().endedThisFrame);
  EXPECT_FALSE(m_tracker.gesture().active);
  EXPECT_FALSE(m_tracker.gesture().dragging);
  EXPECT_TRUE(m_tracker.hasPendingInput()) << "one more frame is needed to remove the pointer";

  // No hover highlight may stay behind on the button that was tapped.
  const PointerFrame third = frame();
  EXPECT_FALSE(third.present);
  EXPECT_FALSE(third.down);
  EXPECT_FALSE(m_tracker.gesture().endedThisFrame);
  EXPECT_FALSE(m_tracker.hasPendingInput());
  EXPECT_EQ(clicks(), 1);
}

TEST_F(TrackerTest, TwoQuickTapsAreTwoClicks) {
  down(100, 100, 0ms, 1);
  up(100, 100, 20ms, 1);
  down(500, 500, 40ms, 2);
  up(500, 500, 60ms, 2);
  for (int i = 0; i < 6; ++i) frame();
  EXPECT_EQ(clicks(), 2);
  EXPECT_FALSE(m_tracker.frame().present);
  EXPECT_FALSE(m_tracker.hasPendingInput());
}

TEST_F(TrackerTest, MovementWithinTheSlopIsStillATap) {
  down(300, 300, 0ms);
  frame();
  move(310, 306, 16ms);  // ~11.7 px: a shaky finger
  const PointerFrame moved = frame();
  EXPECT_TRUE(moved.present);
  EXPECT_TRUE(moved.down);
  EXPECT_FLOAT_EQ(moved.pos.x, 310);
  EXPECT_FALSE(m_tracker.gesture().dragging);
  move(316, 300, 32ms);  // exactly the slop: not beyond it
  frame();
  EXPECT_FALSE(m_tracker.gesture().dragging);
  up(316, 300, 48ms);
  frame();
  EXPECT_EQ(clicks(), 1);
}

TEST_F(TrackerTest, DragBeyondTheSlopHidesThePointerSoTheButtonDoesNotFire) {
  down(300, 300, 0ms);
  EXPECT_TRUE(frame().down);
  move(300, 320, 16ms);  // 20 px > 16 px slop
  const PointerFrame dragging = frame();
  EXPECT_FALSE(dragging.present);
  EXPECT_FALSE(dragging.down);
  EXPECT_TRUE(m_tracker.gesture().dragging);
  EXPECT_TRUE(m_tracker.gesture().active);

  move(300, 302, 32ms);  // coming back near the start does not turn it into a tap again
  EXPECT_FALSE(frame().present);
  EXPECT_TRUE(m_tracker.gesture().dragging);

  up(300, 302, 48ms);
  const PointerFrame released = frame();
  EXPECT_FALSE(released.present);
  EXPECT_TRUE(m_tracker.gesture().endedThisFrame);
  EXPECT_TRUE(m_tracker.gesture().dragging);
  frame();
  EXPECT_EQ(clicks(), 0);
}

TEST_F(TrackerTest, DeltaIsTheMovementOfThisFrameOnly) {
  down(500, 500, 0ms);
  frame();
  move(500, 480, 8ms);
  move(500, 450, 16ms);
  frame();
  EXPECT_FLOAT_EQ(m_tracker.gesture().delta.y, -50);
  EXPECT_FLOAT_EQ(m_tracker.gesture().delta.x, 0);
  EXPECT_FLOAT_EQ(m_tracker.gesture().current.y, 450);
  EXPECT_FLOAT_EQ(m_tracker.gesture().start.y, 500);
  frame();
  EXPECT_FLOAT_EQ(m_tracker.gesture().delta.y, 0);
}

TEST_F(TrackerTest, SecondFingerIsIgnored) {
  down(100, 100, 0ms, 1);
  down(800, 800, 5ms, 2);
  frame();
  move(800, 600, 16ms, 2);
  up(800, 600, 20ms, 2);
  const PointerFrame f = frame();
  EXPECT_TRUE(f.present);
  EXPECT_TRUE(f.down) << "lifting the second finger must not release the first";
  EXPECT_FLOAT_EQ(f.pos.x, 100);
  EXPECT_FLOAT_EQ(m_tracker.gesture().delta.y, 0);
  EXPECT_TRUE(m_tracker.gesture().active);

  up(100, 100, 40ms, 1);
  EXPECT_FALSE(frame().down);
  EXPECT_EQ(clicks(), 1);
}

TEST_F(TrackerTest, SyntheticMouseEventsFromTouchAreIgnored) {
  // SDL turns each touch into mouse events too (which == SDL_TOUCH_MOUSEID); counting
  // them as well would make one tap two.
  feed(mouseButton(SDL_MOUSEBUTTONDOWN, SDL_TOUCH_MOUSEID, SDL_BUTTON_LEFT, 300, 300), 0ms);
  feed(mouseMotion(SDL_TOUCH_MOUSEID, 320, 300), 5ms);
  feed(mouseButton(SDL_MOUSEBUTTONUP, SDL_TOUCH_MOUSEID, SDL_BUTTON_LEFT, 320, 300), 10ms);
  EXPECT_FALSE(m_tracker.hasPendingInput());
  EXPECT_FALSE(frame().present);
  EXPECT_FALSE(m_tracker.gesture().active);

  // Interleaved with the real finger, the tap still counts once.
  down(300, 300, 20ms);
  feed(mouseButton(SDL_MOUSEBUTTONDOWN, SDL_TOUCH_MOUSEID, SDL_BUTTON_LEFT, 300, 300), 20ms);
  up(300, 300, 40ms);
  feed(mouseButton(SDL_MOUSEBUTTONUP, SDL_TOUCH_MOUSEID, SDL_BUTTON_LEFT, 300, 300), 40ms);
  for (int i = 0; i < 4; ++i) frame();
  EXPECT_EQ(clicks(), 1);
}

TEST_F(TrackerTest, RealMouseWorksWithTheLeftButtonOnlyAndHasNoHover) {
  feed(mouseMotion(0, 200, 200), 0ms);  // hovering: nothing
  EXPECT_FALSE(frame().present);
  feed(mouseButton(SDL_MOUSEBUTTONDOWN, 0, SDL_BUTTON_RIGHT, 200, 200), 5ms);
  EXPECT_FALSE(frame().present);

  feed(mouseButton(SDL_MOUSEBUTTONDOWN, 0, SDL_BUTTON_LEFT, 200, 200), 10ms);
  const PointerFrame pressed = frame();
  EXPECT_TRUE(pressed.present);
  EXPECT_TRUE(pressed.down);
  EXPECT_FLOAT_EQ(pressed.pos.x, 200);
  feed(mouseMotion(0, 205, 200), 20ms);
  EXPECT_FLOAT_EQ(frame().pos.x, 205);
  feed(mouseButton(SDL_MOUSEBUTTONUP, 0, SDL_BUTTON_LEFT, 205, 200), 30ms);
  EXPECT_FALSE(frame().down);
  EXPECT_FALSE(frame().present);
  EXPECT_EQ(clicks(), 1);
}

TEST_F(TrackerTest, HoverIsNotVisitorInputButADragIs) {
  const auto now = Clock::now();
  EXPECT_FALSE(m_tracker.handleEvent(mouseMotion(0, 200, 200), 1920, 1080, now)) << "hover keeps no visit alive";
  EXPECT_FALSE(m_tracker.handleEvent(mouseMotion(SDL_TOUCH_MOUSEID, 200, 200), 1920, 1080, now));
  EXPECT_TRUE(m_tracker.handleEvent(mouseButton(SDL_MOUSEBUTTONDOWN, 0, SDL_BUTTON_LEFT, 200, 200), 1920, 1080, now));
  EXPECT_TRUE(m_tracker.handleEvent(mouseMotion(0, 240, 200), 1920, 1080, now));
}

TEST_F(TrackerTest, FingerWhileTheMouseIsHeldIsIgnored) {
  feed(mouseButton(SDL_MOUSEBUTTONDOWN, 0, SDL_BUTTON_LEFT, 200, 200), 0ms);
  down(700, 700, 5ms);
  frame();
  EXPECT_FLOAT_EQ(m_tracker.frame().pos.x, 200);
  up(700, 700, 10ms);
  EXPECT_TRUE(frame().down);
}

TEST_F(TrackerTest, ReleaseVelocityIsMeasuredOverTheLastMoves) {
  // A flick upwards: 20 px every 10 ms = 2000 px/s.
  down(500, 800, 0ms);
  for (int i = 1; i <= 10; ++i) move(500, 800.0f - 20.0f * static_cast<float>(i), std::chrono::milliseconds(10 * i));
  up(500, 600, 100ms);
  frame();
  frame();
  ASSERT_TRUE(m_tracker.gesture().endedThisFrame);
  EXPECT_NEAR(m_tracker.gesture().releaseVelocity.y, -2000.0f, 1.0f);
  EXPECT_NEAR(m_tracker.gesture().releaseVelocity.x, 0.0f, 1e-3f);
}

TEST_F(TrackerTest, ReleaseVelocityReflectsTheEndOfTheGestureNotItsStart) {
  // Slow for 200 ms (100 px/s), then fast for 100 ms (1000 px/s): the fling uses the recent speed.
  down(100, 500, 0ms);
  float x = 100;
  for (int i = 1; i <= 20; ++i) move(x += 1.0f, 500, std::chrono::milliseconds(10 * i));
  for (int i = 21; i <= 30; ++i) move(x += 10.0f, 500, std::chrono::milliseconds(10 * i));
  up(x, 500, 300ms);
  frame();
  frame();
  ASSERT_TRUE(m_tracker.gesture().endedThisFrame);
  EXPECT_NEAR(m_tracker.gesture().releaseVelocity.x, 1000.0f, 1.0f);
}

TEST_F(TrackerTest, FingerThatRestedBeforeLiftingDoesNotFling) {
  down(500, 800, 0ms);
  for (int i = 1; i <= 10; ++i) move(500, 800.0f - 20.0f * static_cast<float>(i), std::chrono::milliseconds(10 * i));
  up(500, 600, 100ms + 81ms);  // held still for more than 80 ms
  frame();
  frame();
  ASSERT_TRUE(m_tracker.gesture().endedThisFrame);
  EXPECT_EQ(m_tracker.gesture().releaseVelocity.x, 0.0f);
  EXPECT_EQ(m_tracker.gesture().releaseVelocity.y, 0.0f);
}

TEST_F(TrackerTest, ShortPauseBeforeLiftingStillFlings) {
  down(500, 800, 0ms);
  for (int i = 1; i <= 10; ++i) move(500, 800.0f - 20.0f * static_cast<float>(i), std::chrono::milliseconds(10 * i));
  up(500, 600, 100ms + 50ms);
  frame();
  frame();
  EXPECT_NEAR(m_tracker.gesture().releaseVelocity.y, -2000.0f, 1.0f);
}

TEST_F(TrackerTest, TapHasNoVelocity) {
  down(500, 500, 0ms);
  up(500, 500, 10ms);
  frame();
  frame();
  EXPECT_EQ(m_tracker.gesture().releaseVelocity.y, 0.0f);
}

TEST_F(TrackerTest, NewGestureStartsClean) {
  down(500, 800, 0ms);
  move(500, 700, 10ms);
  up(500, 700, 20ms);
  frame();
  frame();
  ASSERT_TRUE(m_tracker.gesture().dragging);
  down(200, 200, 100ms);
  frame();
  const Gesture& g = m_tracker.gesture();
  EXPECT_TRUE(g.active);
  EXPECT_FALSE(g.dragging);
  EXPECT_FALSE(g.endedThisFrame);
  EXPECT_EQ(g.releaseVelocity.y, 0.0f);
  EXPECT_FLOAT_EQ(g.start.x, 200);
  EXPECT_EQ(g.startedAt, t0 + 100ms);
  EXPECT_TRUE(m_tracker.frame().present);
}

TEST_F(TrackerTest, DragSlopCanBeChanged) {
  m_tracker.setDragSlop(50);
  down(300, 300, 0ms);
  move(300, 340, 16ms);
  frame();
  EXPECT_FALSE(m_tracker.gesture().dragging);
  move(300, 351, 32ms);
  frame();
  EXPECT_TRUE(m_tracker.gesture().dragging);
}

}  // namespace
}  // namespace kiosk::input
