// MarlinSession driven line by line with a fake clock: the protocol decisions without a port.
#include "devices/marlin/marlin_session.h"

#include <gtest/gtest.h>

#include "devices/marlin/checksum.h"

namespace kiosk::devices::marlin {
namespace {

using namespace std::chrono_literals;

class SessionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    options.okTimeout = 1s;
    holder.emplace(options);
  }

  // Opens and completes the handshake with a Marlin that offers autoreport and ADVANCED_OK.
  void connect() {
    session.opened("/dev/fake", now);
    EXPECT_EQ(session.takeOutgoing(), "N0 M110 N0*125\n");
    feed("ok N0 P16 B3");
    EXPECT_EQ(session.takeOutgoing(), numberedLine(1, "M115") + "\n");
    feed("FIRMWARE_NAME:Marlin 2.1.2.1 EXTRUDER_COUNT:1");
    feed("Cap:AUTOREPORT_TEMP:1");
    feed("Cap:EMERGENCY_PARSER:1");
    feed("ok N1 P16 B3");
    ASSERT_EQ(session.snapshot().link, LinkState::Ready);
    EXPECT_EQ(session.takeOutgoing(), numberedLine(2, "M155 S2") + "\n");
    feed("ok N2 P16 B3");
  }
  void feed(std::string_view line) { session.lineReceived(line, now); }
  std::shared_ptr<const PrintJob> job(int moves) {
    std::string text = "G28\n";
    for (int i = 0; i < moves; ++i) text += "G1 X" + std::to_string(10 + i) + " Y10 F3000\n";
    return std::make_shared<PrintJob>(parsePrintJob("test", text));
  }

  PrinterOptions options;
  std::optional<MarlinSession> holder{std::in_place, options};  // rebuilt when a test changes options
  MarlinSession& session = *holder;
  MarlinSession::TimePoint now = MarlinSession::Clock::now();
};

TEST_F(SessionTest, HandshakeDetectsCapabilitiesAndAdvancedOk) {
  connect();
  EXPECT_EQ(session.snapshot().firmware.name, "Marlin 2.1.2.1");
  EXPECT_TRUE(session.snapshot().firmware.has("AUTOREPORT_TEMP"));
  EXPECT_TRUE(session.snapshot().firmware.advancedOk);
}

TEST_F(SessionTest, HelloIsRepeatedAndTheFirmwareStartTriggersOneAtOnce) {
  session.opened("/dev/fake", now);
  EXPECT_EQ(session.takeOutgoing(), "N0 M110 N0*125\n");
  now += 500ms;
  feed("start");
  EXPECT_EQ(session.takeOutgoing(), "N0 M110 N0*125\n");
  now += options.helloInterval;
  session.tick(now);
  EXPECT_EQ(session.takeOutgoing(), "N0 M110 N0*125\n");
}

TEST_F(SessionTest, NoAnswerEndsTheHandshakeCleanly) {
  session.opened("/dev/fake", now);
  for (int i = 0; i < options.helloAttempts + 1; ++i) {
    now += options.helloInterval;
    session.tick(now);
  }
  EXPECT_EQ(session.snapshot().fault, FaultKind::NotAnswering);
  EXPECT_EQ(session.snapshot().link, LinkState::Disconnected);
  EXPECT_TRUE(session.takeCloseRequest());
}

TEST_F(SessionTest, StartMidPrintFailsTheJobAndNeverReplaysIt) {
  connect();
  ASSERT_TRUE(session.startJob(job(10), now));
  (void)session.takeOutgoing();
  feed("ok N3 P16 B3");
  (void)session.takeOutgoing();
  feed("start");
  EXPECT_EQ(session.snapshot().job, JobState::Failed);
  EXPECT_EQ(session.snapshot().fault, FaultKind::FirmwareReset);
  EXPECT_EQ(session.takeOutgoing(), "N0 M110 N0*125\n");
  feed("Resend: 1");  // what a rebooted Marlin may ask: must not bring back job lines
  feed("ok N0 P16 B3");
  const std::string after = session.takeOutgoing();
  EXPECT_EQ(after.find("G1"), std::string::npos) << after;
  EXPECT_EQ(after.find("G28"), std::string::npos) << after;
}

TEST_F(SessionTest, AfterALostLinkTheFirstBytesAreHeatersOffAndTheJobStaysFailed) {
  connect();
  ASSERT_TRUE(session.startJob(job(10), now));
  (void)session.takeOutgoing();
  session.linkLost("read: Input/output error", now);
  EXPECT_EQ(session.snapshot().job, JobState::Failed);
  EXPECT_EQ(session.snapshot().fault, FaultKind::Disconnected);
  now += 2s;
  session.opened("/dev/fake", now);
  const std::string first = session.takeOutgoing();
  EXPECT_EQ(first.rfind("M104 S0\nM140 S0\nN0 M110 N0*125\n", 0), 0u) << first;
  feed("ok");  // the unnumbered M104
  feed("ok");  // the unnumbered M140
  feed("ok N0 P16 B3");  // the hello
  EXPECT_EQ(session.takeOutgoing(), numberedLine(1, "M115") + "\n");
  feed("FIRMWARE_NAME:Marlin 2.1.2.1 EXTRUDER_COUNT:1");
  feed("ok N1 P16 B3");  // M115 done
  const std::string identify = session.takeOutgoing();
  EXPECT_NE(identify.find("M104 T0 S0"), std::string::npos) << identify;
  EXPECT_NE(identify.find("M140 S0"), std::string::npos) << identify;
  EXPECT_EQ(identify.find("G1"), std::string::npos) << identify;
  EXPECT_EQ(session.snapshot().job, JobState::Failed);
}

TEST_F(SessionTest, ALostOkIsRecoveredByTheOkTimeout) {
  connect();
  ASSERT_TRUE(session.sendCommand("G1 X5", now));
  EXPECT_NE(session.takeOutgoing().find("G1 X5"), std::string::npos);
  now += options.okTimeout + 10ms;
  feed(" T:20.0 /0.0 B:20.0 /0.0 @:0 B@:0");  // autoreport keeps coming: not an ok
  session.tick(now);
  EXPECT_EQ(session.snapshot().counters.timeouts, 1);
  EXPECT_NE(session.takeOutgoing().find("M105"), std::string::npos);
}

TEST_F(SessionTest, BusyKeepsALongCommandAlive) {
  connect();
  ASSERT_TRUE(session.sendCommand("G28", now));
  for (int i = 0; i < 10; ++i) {
    now += 500ms;
    feed("echo:busy: processing");
    session.tick(now);
  }
  EXPECT_EQ(session.snapshot().counters.timeouts, 0);
  EXPECT_TRUE(session.snapshot().busy);
}

TEST_F(SessionTest, FirmwareKillIsFatalAndKeepsTheText) {
  connect();
  ASSERT_TRUE(session.startJob(job(10), now));
  feed("Error:Thermal Runaway, system stopped! Heater_ID: 0");
  feed("Error:Printer halted. kill() called!");
  EXPECT_EQ(session.snapshot().fault, FaultKind::FirmwareHalted);
  EXPECT_EQ(session.snapshot().job, JobState::Failed);
  EXPECT_EQ(session.snapshot().link, LinkState::Faulted);
  EXPECT_NE(session.snapshot().faultDetail.find("Thermal Runaway"), std::string::npos);
  EXPECT_TRUE(session.takeCloseRequest());
  EXPECT_FALSE(session.mayReconnect());
  session.clearFault();
  EXPECT_TRUE(session.mayReconnect());
}

TEST_F(SessionTest, CancelStopsTheFileAndSendsTheCoolDown) {
  connect();
  ASSERT_TRUE(session.startJob(job(50), now));
  (void)session.takeOutgoing();
  ASSERT_TRUE(session.cancel(now));
  const std::string out = session.takeOutgoing();
  EXPECT_EQ(out.rfind("M108\n", 0), 0u) << out;  // emergency parser: out of band, first
  for (int i = 0; i < 20; ++i) feed("ok N" + std::to_string(6 + i) + " P16 B3");
  const std::string rest = out + session.takeOutgoing();
  EXPECT_NE(rest.find("M104 T0 S0"), std::string::npos) << rest;
  EXPECT_NE(rest.find("M140 S0"), std::string::npos) << rest;
  EXPECT_NE(rest.find("M84"), std::string::npos) << rest;
  EXPECT_EQ(rest.find("G1 X"), std::string::npos) << rest;  // no file line after the cancel point
}

TEST_F(SessionTest, TemperatureCeilingRefusesTheCommand) {
  options.limits.maxHotendC = 150;
  holder.emplace(options);
  connect();
  ASSERT_TRUE(session.sendCommand("M104 S200", now));
  EXPECT_EQ(session.snapshot().fault, FaultKind::TemperatureCeiling);
  const std::string out = session.takeOutgoing();
  EXPECT_EQ(out.find("M104 S200"), std::string::npos) << out;
  EXPECT_NE(out.find("M112"), std::string::npos) << out;
}

TEST_F(SessionTest, StartJobIsRefusedUnlessReady) {
  EXPECT_FALSE(session.startJob(job(3), now));
  connect();
  EXPECT_TRUE(session.startJob(job(3), now));
  EXPECT_FALSE(session.startJob(job(3), now));
}

}  // namespace
}  // namespace kiosk::devices::marlin
