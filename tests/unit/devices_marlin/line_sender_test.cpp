#include "devices/marlin/line_sender.h"

#include <gtest/gtest.h>

#include "devices/marlin/checksum.h"

namespace kiosk::devices::marlin {
namespace {

FirmwareReply ok(std::string_view line) { return parseFirmwareReply(line); }

std::string cmd(long n) { return "G1 X" + std::to_string(n); }

class LineSenderTest : public ::testing::Test {
 protected:
  PrinterOptions options;
  LineSender sender{options};
};

TEST_F(LineSenderTest, PlainOkUsesTheFixedWindowAndAcksInOrder) {
  options.fallbackWindow = 2;
  sender.restart(1);
  EXPECT_EQ(sender.sendNew(cmd(1)), numberedLine(1, cmd(1)));
  EXPECT_TRUE(sender.canSend());
  (void)sender.sendNew(cmd(2));
  EXPECT_FALSE(sender.canSend());
  const auto acked = sender.onOk(ok("ok"));
  ASSERT_TRUE(acked);
  EXPECT_EQ(acked->number, 1);
  EXPECT_TRUE(sender.canSend());
}

TEST_F(LineSenderTest, AdvancedOkKeepsAtMostBLinesBeyondTheLastReceived) {
  sender.restart(1);
  (void)sender.sendNew("M105");
  (void)sender.onOk(ok("ok N1 P16 B3"));
  ASSERT_TRUE(sender.advancedOk());
  for (long n = 2; n <= 4; ++n) {
    ASSERT_TRUE(sender.canSend()) << n;
    (void)sender.sendNew(cmd(n));
  }
  EXPECT_FALSE(sender.canSend());  // 2, 3, 4 on the wire, B was 3
  (void)sender.onOk(ok("ok N3 P14 B2"));  // 2 and 3 received, 2 slots free: 4 is out, one more fits
  EXPECT_TRUE(sender.canSend());
  (void)sender.sendNew(cmd(5));
  EXPECT_FALSE(sender.canSend());
}

TEST_F(LineSenderTest, ResendSendsTheRequestedLineThenTheOnesAfterIt) {
  sender.restart(1);
  (void)sender.sendNew("M105");
  (void)sender.onOk(ok("ok N1 P16 B3"));
  for (long n = 2; n <= 4; ++n) (void)sender.sendNew(cmd(n));
  std::string why;
  EXPECT_EQ(sender.onResend(3, why), LineSender::ResendVerdict::Rewound);
  EXPECT_TRUE(sender.resendPending());
  (void)sender.onOk(ok("ok N2 P16 B3"));  // the ok that follows "Resend:" acks nothing
  ASSERT_TRUE(sender.canSend());
  EXPECT_EQ(sender.sendResend(), numberedLine(3, cmd(3)));
  EXPECT_EQ(sender.sendResend(), numberedLine(4, cmd(4)));
  EXPECT_FALSE(sender.resendPending());
  EXPECT_EQ(sender.sendNew(cmd(5)), numberedLine(5, cmd(5)));
}

TEST_F(LineSenderTest, EchoesOfTheSameRequestFromLinesInFlightAreIgnored) {
  sender.restart(1);
  (void)sender.sendNew("M105");
  (void)sender.onOk(ok("ok N1 P16 B3"));
  for (long n = 2; n <= 4; ++n) (void)sender.sendNew(cmd(n));
  std::string why;
  ASSERT_EQ(sender.onResend(2, why), LineSender::ResendVerdict::Rewound);
  // Lines 3 and 4 were already on the wire: each comes back as "Resend: 2".
  EXPECT_EQ(sender.onResend(2, why), LineSender::ResendVerdict::IgnoredDuplicate);
  EXPECT_EQ(sender.onResend(2, why), LineSender::ResendVerdict::IgnoredDuplicate);
  // The same request again after that is real: rewind once more.
  EXPECT_EQ(sender.onResend(2, why), LineSender::ResendVerdict::Rewound);
}

TEST_F(LineSenderTest, ALineRequestedAgainAndAgainIsFatal) {
  options.maxConsecutiveResends = 10;
  sender.restart(1);
  (void)sender.sendNew(cmd(1));
  std::string why;
  LineSender::ResendVerdict verdict = LineSender::ResendVerdict::Rewound;
  int requests = 0;
  while (verdict != LineSender::ResendVerdict::Fatal && requests < 50) {
    verdict = sender.onResend(1, why);
    ++requests;
    if (verdict == LineSender::ResendVerdict::Rewound) (void)sender.sendResend();
  }
  EXPECT_EQ(verdict, LineSender::ResendVerdict::Fatal);
  EXPECT_EQ(requests, 11);
  EXPECT_NE(why.find("keeps asking for line 1"), std::string::npos) << why;
}

TEST_F(LineSenderTest, ARequestOutsideTheHistoryIsFatalAndAFutureLineIsIgnored) {
  options.historySize = 8;
  options.fallbackWindow = 100;
  sender.restart(1);
  for (long n = 1; n <= 20; ++n) (void)sender.sendNew(cmd(n));
  std::string why;
  EXPECT_EQ(sender.onResend(21, why), LineSender::ResendVerdict::IgnoredNotSent);
  EXPECT_EQ(sender.onResend(3, why), LineSender::ResendVerdict::Fatal);
  EXPECT_NE(why.find("line 3"), std::string::npos);
}

TEST_F(LineSenderTest, ALostResentLineIsRewoundAgain) {
  sender.restart(1);
  (void)sender.sendNew("M105");
  (void)sender.onOk(ok("ok N1 P16 B3"));
  for (long n = 2; n <= 4; ++n) (void)sender.sendNew(cmd(n));
  std::string why;
  ASSERT_EQ(sender.onResend(2, why, false), LineSender::ResendVerdict::Rewound);
  for (int i = 0; i < 3; ++i) (void)sender.sendResend();
  ASSERT_EQ(sender.openEpisode(), 2);
  // The resent 2 vanished in the RX drain; 3 and 4 echo "Resend: 2" and look stale.
  EXPECT_EQ(sender.onResend(2, why, true), LineSender::ResendVerdict::IgnoredDuplicate);
  EXPECT_EQ(sender.onResend(2, why, true), LineSender::ResendVerdict::IgnoredDuplicate);
  sender.rewindAgain(2);
  ASSERT_TRUE(sender.canSend());
  EXPECT_EQ(sender.sendResend(), numberedLine(2, cmd(2)));
  (void)sender.onOk(ok("ok N2 P16 B3"));
  EXPECT_EQ(sender.openEpisode(), std::nullopt);
}

TEST_F(LineSenderTest, AdvancedOkRetiresLinesByNumberNotByCounting) {
  sender.restart(1);
  (void)sender.sendNew("M105");
  (void)sender.onOk(ok("ok N1 P16 B3"));  // idle: B3 = BUFSIZE 4 minus the running command
  for (long n = 2; n <= 4; ++n) (void)sender.sendNew(cmd(n));
  // 2 runs while 3 and 4 wait in the queue: only 2 is done.
  auto acked = sender.onOk(ok("ok N4 P15 B1"));
  ASSERT_TRUE(acked);
  EXPECT_EQ(acked->number, 2);
  EXPECT_EQ(sender.inFlight(), 2u);
  // A lost ok does not matter: the next one says 4 has run.
  acked = sender.onOk(ok("ok N4 P15 B3"));
  ASSERT_TRUE(acked);
  EXPECT_EQ(acked->number, 4);
  EXPECT_TRUE(sender.idle());
}

TEST_F(LineSenderTest, ClearingAfterALostOkReopensTheWindow) {
  options.fallbackWindow = 2;
  sender.restart(1);
  (void)sender.sendNew(cmd(1));
  (void)sender.sendNew(cmd(2));
  EXPECT_FALSE(sender.canSend());
  sender.clearInFlight();
  EXPECT_TRUE(sender.canSend());
  EXPECT_TRUE(sender.idle());
}

}  // namespace
}  // namespace kiosk::devices::marlin
