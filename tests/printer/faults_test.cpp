// Injected wire and firmware faults: corrupted lines, resend storms, lost oks, long busy waits,
// a firmware reset mid-print and a thermal runaway kill.
#include <gtest/gtest.h>

#include <thread>

#include "engine_probe.h"
#include "job_check.h"
#include "virtual_printer.h"

namespace kiosk::test {
namespace {

using namespace std::chrono_literals;
using namespace devices::marlin;

void runCorruptedJob(std::vector<std::string> printerArgs) {
  VirtualPrinter printer(std::move(printerArgs));
  EngineProbe probe;
  probe.engine().connect(printer.link(), 250000);
  ASSERT_TRUE(probe.waitReady());
  const auto job = testJob(400);
  probe.engine().startJob(job);
  ASSERT_TRUE(probe.waitJobEnd(40s));
  const PrinterSnapshot s = probe.latest();
  EXPECT_EQ(s.job, JobState::Completed) << s.faultDetail;
  probe.engine().stop();
  printer.stop();
  const double injected = printer.stat("corruptions_injected");
  EXPECT_GE(injected, 5);
  // Each corrupted line was asked for again and resent; echoes from lines in flight were not obeyed twice.
  EXPECT_GE(s.counters.resendRequests, injected);
  EXPECT_GE(s.counters.linesResent, injected);
  EXPECT_EQ(printer.stat("resends"), s.counters.resendRequests);
  // Ground truth: every file line ran exactly once, in order.
  EXPECT_EQ(withoutHousekeeping(printer.executed()), commandsOf(*job));
}

TEST(PrinterFaults, CorruptedLinesAreResentAndEveryLineRunsOnceWindowed) {
  runCorruptedJob({"--faults", "corrupt=0.05", "--seed", "3"});
}

TEST(PrinterFaults, CorruptedLinesAreResentAndEveryLineRunsOnceWithPlainOk) {
  runCorruptedJob({"--faults", "corrupt=0.05", "--seed", "4", "--no-advanced-ok"});
}

TEST(PrinterFaults, ALineCorruptedForeverIsACommunicationFault) {
  VirtualPrinter printer({"--faults", "resend-loop-at=40"});
  EngineProbe probe;
  probe.engine().connect(printer.link(), 250000);
  ASSERT_TRUE(probe.waitReady());
  probe.engine().startJob(testJob(200));
  ASSERT_TRUE(probe.waitJobEnd(20s));
  const PrinterSnapshot s = probe.latest();
  EXPECT_EQ(s.job, JobState::Failed);
  EXPECT_EQ(s.fault, FaultKind::CommunicationStuck);
  EXPECT_NE(s.faultDetail.find("keeps asking for line 40"), std::string::npos) << s.faultDetail;
  EXPECT_EQ(s.link, LinkState::Faulted);
  EXPECT_TRUE(printer.waitForTrace("# M112 (emergency parser)", 2s));
}

TEST(PrinterFaults, LostOksAreRecoveredByTheOkTimeout) {
  VirtualPrinter printer({"--faults", "drop-ok=0.03", "--seed", "5", "--no-advanced-ok"});
  auto options = testOptions();
  options.okTimeout = 500ms;
  EngineProbe probe(options);
  probe.engine().connect(printer.link(), 250000);
  ASSERT_TRUE(probe.waitReady());
  const auto job = testJob(150);
  probe.engine().startJob(job);
  ASSERT_TRUE(probe.waitJobEnd(40s));
  const PrinterSnapshot s = probe.latest();
  EXPECT_EQ(s.job, JobState::Completed) << s.faultDetail;
  EXPECT_GE(s.counters.timeouts, 1);
  probe.engine().stop();
  printer.stop();
  EXPECT_GE(printer.stat("oks_dropped"), 2);
  EXPECT_EQ(withoutHousekeeping(printer.executed()), commandsOf(*job));
}

TEST(PrinterFaults, BusyDuringHeatingAndHomingIsNoTimeout) {
  VirtualPrinter printer;
  auto options = testOptions();
  options.okTimeout = 300ms;  // far shorter than the heat-up: only busy/W: lines keep it alive
  EngineProbe probe(options);
  probe.engine().connect(printer.link(), 250000);
  ASSERT_TRUE(probe.waitReady());
  probe.engine().startJob(testJob(20, "M140 S50\nM190 S50\nM104 S150\nM109 S150\n"));
  ASSERT_TRUE(probe.waitJobEnd(30s));
  const PrinterSnapshot s = probe.latest();
  EXPECT_EQ(s.job, JobState::Completed) << s.faultDetail;
  EXPECT_EQ(s.counters.timeouts, 0);
  EXPECT_TRUE(probe.ever([](const PrinterSnapshot& p) { return p.heating; }));
  EXPECT_TRUE(probe.ever([](const PrinterSnapshot& p) { return p.busy; }));
  EXPECT_GT(s.progress.heatingS, 0.5);
  ASSERT_TRUE(s.temperature);
  EXPECT_NEAR(s.temperature->hotends.at(0).actual, 150, 3);
}

TEST(PrinterFaults, FirmwareResetMidPrintFailsTheJobAndNothingIsReplayed) {
  VirtualPrinter printer({"--faults", "reset-at=100"});
  EngineProbe probe;
  probe.engine().connect(printer.link(), 250000);
  ASSERT_TRUE(probe.waitReady());
  probe.engine().startJob(testJob(300));
  ASSERT_TRUE(probe.waitJobEnd(20s));
  EXPECT_EQ(probe.latest().job, JobState::Failed);
  EXPECT_EQ(probe.latest().fault, FaultKind::FirmwareReset);
  ASSERT_TRUE(probe.waitReady(3s));  // the link itself recovers, with a fresh handshake
  std::this_thread::sleep_for(300ms);
  probe.engine().stop();
  printer.stop();
  const auto trace = printer.trace();
  const auto reset = std::find(trace.begin(), trace.end(), "# fault reset at N100");
  ASSERT_NE(reset, trace.end());
  std::vector<std::string> after;
  for (auto it = reset + 1; it != trace.end(); ++it) {
    if ((*it)[0] != '#') after.push_back(it->substr(it->find(' ') + 1));
  }
  EXPECT_EQ(after, (std::vector<std::string>{"M110 N0", "M115", "M155 S2"}));
}

TEST(PrinterFaults, ThermalRunawayKillIsFatalWithTheFirmwareText) {
  VirtualPrinter printer({"--faults", "runaway-at=60"});
  EngineProbe probe;
  probe.engine().connect(printer.link(), 250000);
  ASSERT_TRUE(probe.waitReady());
  probe.engine().startJob(testJob(300));
  ASSERT_TRUE(probe.waitJobEnd(20s));
  // kill() reports over two lines; the second is appended to the fault.
  (void)probe.waitFor([](const PrinterSnapshot& p) { return p.faultDetail.find("kill()") != std::string::npos; }, 2s);
  const PrinterSnapshot s = probe.latest();
  EXPECT_EQ(s.job, JobState::Failed);
  EXPECT_EQ(s.fault, FaultKind::FirmwareHalted);
  EXPECT_EQ(s.link, LinkState::Faulted);
  EXPECT_NE(s.faultDetail.find("Thermal Runaway"), std::string::npos) << s.faultDetail;
  EXPECT_NE(s.faultDetail.find("kill() called"), std::string::npos) << s.faultDetail;
}

}  // namespace
}  // namespace kiosk::test
