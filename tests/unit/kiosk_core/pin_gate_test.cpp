#include "kiosk/core/pin_gate.h"

#include <string>

#include <gtest/gtest.h>

namespace kiosk::core {
namespace {

using namespace std::chrono_literals;
using Outcome = PinGate::Outcome;
const PinGate::Clock::time_point t0 = PinGate::Clock::time_point{} + 1h;

// The verifier counts its calls: Throttled and LockedOut must not even look at the PIN.
struct CountingVerifier {
  int calls = 0;
  PinGate::Verifier verifier() {
    return [this](std::string_view pin) {
      ++calls;
      return pin == "2468";
    };
  }
};

TEST(PinGate, RightPinIsAccepted) {
  CountingVerifier v;
  PinGate gate({5, 1s, 15min}, v.verifier());
  EXPECT_EQ(gate.submit("2468", t0), Outcome::Accepted);
  EXPECT_EQ(v.calls, 1);
  EXPECT_EQ(gate.failures(), 0);
  EXPECT_EQ(gate.attemptsLeft(), 5);
  EXPECT_EQ(gate.waitRemaining(t0), 0ms);
}

TEST(PinGate, EachWrongPinDoublesTheWait) {
  CountingVerifier v;
  PinGate gate({10, 1s, 15min}, v.verifier());
  auto now = t0;
  for (int i = 0; i < 4; ++i) {
    ASSERT_EQ(gate.submit("0000", now), Outcome::Rejected) << "attempt " << i + 1;
    const auto expected = std::chrono::milliseconds(1000 << i);  // 1 s, 2 s, 4 s, 8 s
    EXPECT_EQ(gate.waitRemaining(now), expected) << "after wrong PIN " << i + 1;
    EXPECT_EQ(gate.waitRemaining(now + expected - 1ms), 1ms);
    EXPECT_EQ(gate.waitRemaining(now + expected), 0ms);
    now += expected;
  }
  EXPECT_EQ(gate.failures(), 4);
  EXPECT_EQ(gate.attemptsLeft(), 6);
  EXPECT_FALSE(gate.isLockedOut(now));
}

TEST(PinGate, TryingDuringTheWaitIsThrottledWithoutCheckingThePin) {
  CountingVerifier v;
  PinGate gate({5, 1s, 15min}, v.verifier());
  ASSERT_EQ(gate.submit("0000", t0), Outcome::Rejected);
  EXPECT_EQ(gate.submit("2468", t0 + 500ms), Outcome::Throttled);
  EXPECT_EQ(gate.submit("0000", t0 + 999ms), Outcome::Throttled);
  EXPECT_EQ(v.calls, 1);
  EXPECT_EQ(gate.failures(), 1);  // throttled tries do not count
  EXPECT_EQ(gate.waitRemaining(t0 + 500ms), 500ms);  // and do not extend the wait
  EXPECT_EQ(gate.submit("2468", t0 + 1s), Outcome::Accepted);
}

TEST(PinGate, AcceptedPinResetsTheFailures) {
  CountingVerifier v;
  PinGate gate({3, 1s, 15min}, v.verifier());
  ASSERT_EQ(gate.submit("1111", t0), Outcome::Rejected);
  ASSERT_EQ(gate.submit("2222", t0 + 1s), Outcome::Rejected);
  EXPECT_EQ(gate.attemptsLeft(), 1);
  ASSERT_EQ(gate.submit("2468", t0 + 3s), Outcome::Accepted);
  EXPECT_EQ(gate.failures(), 0);
  // The backoff starts over from the base.
  ASSERT_EQ(gate.submit("3333", t0 + 4s), Outcome::Rejected);
  EXPECT_EQ(gate.waitRemaining(t0 + 4s), 1s);
}

TEST(PinGate, MaxWrongPinsLockThePadOut) {
  CountingVerifier v;
  PinGate gate({3, 1s, 15min}, v.verifier());
  ASSERT_EQ(gate.submit("1111", t0), Outcome::Rejected);
  ASSERT_EQ(gate.submit("1111", t0 + 1s), Outcome::Rejected);
  const auto third = t0 + 3s;
  EXPECT_EQ(gate.submit("1111", third), Outcome::LockedOut);
  EXPECT_TRUE(gate.isLockedOut(third));
  EXPECT_EQ(gate.attemptsLeft(), 0);
  EXPECT_EQ(gate.waitRemaining(third), 15min);
  // Even the right PIN is not checked while locked out.
  EXPECT_EQ(gate.submit("2468", third + 10min), Outcome::LockedOut);
  EXPECT_EQ(v.calls, 3);
  EXPECT_TRUE(gate.isLockedOut(third + 15min - 1ms));
}

TEST(PinGate, LockoutExpiresAndStartsAFreshRound) {
  CountingVerifier v;
  PinGate gate({2, 1s, 15min}, v.verifier());
  ASSERT_EQ(gate.submit("1111", t0), Outcome::Rejected);
  ASSERT_EQ(gate.submit("1111", t0 + 1s), Outcome::LockedOut);
  const auto end = t0 + 1s + 15min;
  EXPECT_FALSE(gate.isLockedOut(end));
  EXPECT_EQ(gate.waitRemaining(end), 0ms);
  // After the lockout a wrong PIN is a first failure again, not an instant relock.
  EXPECT_EQ(gate.submit("1111", end), Outcome::Rejected);
  EXPECT_EQ(gate.failures(), 1);
  EXPECT_EQ(gate.waitRemaining(end), 1s);
  EXPECT_EQ(gate.submit("2468", end + 1s), Outcome::Accepted);
}

TEST(PinGate, BackoffIsCappedSoItNeverOverflows) {
  CountingVerifier v;
  PinGate gate({1000, 1ms, 15min}, v.verifier());
  auto now = t0;
  for (int i = 0; i < 40; ++i) {
    ASSERT_EQ(gate.submit("0000", now), Outcome::Rejected) << "attempt " << i + 1;
    now += gate.waitRemaining(now);
  }
  EXPECT_EQ(gate.submit("0000", now), Outcome::Rejected);
  EXPECT_EQ(gate.waitRemaining(now), std::chrono::milliseconds(1 << 20));
}

TEST(PinGate, WithoutAVerifierNoPinIsAccepted) {
  // No PIN configured: the staff panel cannot be opened, but the pad still behaves.
  PinGate gate({5, 1s, 15min}, nullptr);
  EXPECT_EQ(gate.submit("2468", t0), Outcome::Rejected);
  EXPECT_EQ(gate.failures(), 1);
}

}  // namespace
}  // namespace kiosk::core
