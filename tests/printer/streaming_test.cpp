// Streaming against virtual-marlin: handshake, capabilities, windowed and ping-pong flow control,
// pause/resume and cancel. The printer's trace is the ground truth.
#include <gtest/gtest.h>

#include "engine_probe.h"
#include "job_check.h"
#include "virtual_printer.h"

namespace kiosk::test {
namespace {

using namespace std::chrono_literals;
using namespace devices::marlin;

TEST(PrinterStreaming, HandshakeReadsCapabilitiesAndTurnsOnAutoreport) {
  VirtualPrinter printer;
  EngineProbe probe;
  probe.engine().connect(printer.link(), 250000);
  ASSERT_TRUE(probe.waitReady(3s));
  const PrinterSnapshot s = probe.latest();
  EXPECT_EQ(s.firmware.name, "Marlin 2.1.2.1 (virtual-marlin)");
  EXPECT_TRUE(s.firmware.has("AUTOREPORT_TEMP"));
  EXPECT_TRUE(s.firmware.has("EMERGENCY_PARSER"));
  EXPECT_TRUE(s.firmware.has("THERMAL_PROTECTION"));
  ASSERT_TRUE(probe.waitFor([](const PrinterSnapshot& p) { return p.temperature.has_value(); }, 3s));
  probe.engine().stop();
  printer.stop();
  const auto executed = printer.executed();
  ASSERT_GE(executed.size(), 3u);
  EXPECT_EQ(executed[0], "M110 N0");
  EXPECT_EQ(executed[1], "M115");
  EXPECT_EQ(executed[2], "M155 S2");
  EXPECT_EQ(countOf(executed, "M105"), 0);  // autoreport: no polling
}

TEST(PrinterStreaming, WindowedJobExecutesEveryLineOnceInOrder) {
  VirtualPrinter printer;
  EngineProbe probe;
  probe.engine().connect(printer.link(), 250000);
  ASSERT_TRUE(probe.waitReady());
  const auto job = testJob(400);
  probe.engine().startJob(job);
  ASSERT_TRUE(probe.waitJobEnd(30s));
  const PrinterSnapshot s = probe.latest();
  EXPECT_EQ(s.job, JobState::Completed);
  EXPECT_TRUE(s.firmware.advancedOk);
  EXPECT_EQ(s.progress.linesAcked, job->lines.size());
  EXPECT_EQ(s.progress.layer, 2);
  EXPECT_EQ(s.counters.resendRequests, 0);
  EXPECT_TRUE(probe.ever([](const PrinterSnapshot& p) { return p.job == JobState::Running && p.progress.fraction() > 0; }));
  probe.engine().stop();
  printer.stop();
  EXPECT_EQ(withoutHousekeeping(printer.executed()), commandsOf(*job));
  EXPECT_GE(printer.stat("max_queue_depth"), 2);  // more than one line in flight
}

TEST(PrinterStreaming, PlainOkFirmwareWithoutAutoreportIsPolled) {
  VirtualPrinter printer({"--no-advanced-ok", "--no-autoreport"});
  auto options = testOptions();
  options.temperatureInterval = 200ms;
  EngineProbe probe(options);
  probe.engine().connect(printer.link(), 250000);
  ASSERT_TRUE(probe.waitReady());
  const auto job = testJob(300);
  probe.engine().startJob(job);
  ASSERT_TRUE(probe.waitJobEnd(30s));
  EXPECT_EQ(probe.latest().job, JobState::Completed);
  EXPECT_FALSE(probe.latest().firmware.advancedOk);
  ASSERT_TRUE(probe.waitFor([](const PrinterSnapshot& p) { return p.temperature.has_value(); }, 2s));
  probe.engine().stop();
  printer.stop();
  const auto executed = printer.executed();
  EXPECT_EQ(countOf(executed, "M155 S2"), 0);
  EXPECT_GE(countOf(executed, "M105"), 1);
  EXPECT_EQ(withoutHousekeeping(executed), commandsOf(*job));
  EXPECT_LE(printer.stat("max_queue_depth"), 2);  // the fixed window of 2
}

TEST(PrinterStreaming, PauseLiftsAndResumeContinuesWithTheNextLine) {
  VirtualPrinter printer({"--time-scale", "4"});  // slow enough motion (~5 s) to pause in the middle
  EngineProbe probe;
  probe.engine().connect(printer.link(), 250000);
  ASSERT_TRUE(probe.waitReady());
  std::string text = "G28\nG90\nM83\n";
  for (int i = 0; i < 60; ++i) text += "G1 X" + std::to_string(20 + (i % 2) * 30) + " Y20 E0.1 F6000\n";
  const auto job = std::make_shared<PrintJob>(parsePrintJob("pause", text));
  probe.engine().startJob(job);
  ASSERT_TRUE(probe.waitFor([](const PrinterSnapshot& p) { return p.progress.linesAcked > 30; }, 10s));
  probe.engine().pause();
  ASSERT_TRUE(probe.waitFor([](const PrinterSnapshot& p) { return p.job == JobState::Paused; }, 10s));
  const std::size_t pausedAt = probe.latest().progress.linesAcked;
  EXPECT_LT(pausedAt, job->lines.size());
  probe.engine().resume();
  ASSERT_TRUE(probe.waitJobEnd(30s));
  EXPECT_EQ(probe.latest().job, JobState::Completed);
  probe.engine().stop();
  printer.stop();
  const auto executed = withoutHousekeeping(printer.executed());
  EXPECT_TRUE(inOrder(executed, commandsOf(*job)));
  // Every file line once, plus the lift and the lowering: nothing lost, nothing doubled.
  EXPECT_EQ(executed.size(), job->lines.size() + 4 + 3);
  const auto lift = std::find(executed.begin(), executed.end(), "G1 Z2 F600");
  const auto lower = std::find(executed.begin(), executed.end(), "G1 Z-2 F600");
  ASSERT_NE(lift, executed.end());
  ASSERT_NE(lower, executed.end());
  EXPECT_LT(lift, lower);
}

TEST(PrinterStreaming, CancelBreaksTheHeatUpAndCoolsDown) {
  VirtualPrinter printer({"--time-scale", "1"});  // heating to 200 °C takes ~30 s: cancel during M109
  EngineProbe probe;
  probe.engine().connect(printer.link(), 250000);
  ASSERT_TRUE(probe.waitReady());
  const auto job = testJob(50, "M104 S200\nM109 S200\n");
  probe.engine().startJob(job);
  ASSERT_TRUE(probe.waitFor([](const PrinterSnapshot& p) { return p.heating; }, 5s));
  probe.engine().cancel();
  ASSERT_TRUE(probe.waitJobEnd(10s));
  const PrinterSnapshot s = probe.latest();
  EXPECT_EQ(s.job, JobState::Cancelled) << toString(s.fault) << ": " << s.faultDetail;
  EXPECT_EQ(s.link, LinkState::Ready);
  ASSERT_TRUE(probe.waitFor([](const PrinterSnapshot& p) {
    return p.temperature && !p.temperature->hotends.empty() && p.temperature->hotends[0].target == 0.0;
  }, 5s));
  probe.engine().stop();
  printer.stop();
  const auto executed = withoutHousekeeping(printer.executed());
  const auto m109 = std::find(executed.begin(), executed.end(), "M109 S200");
  const auto m108 = std::find(executed.begin(), executed.end(), "M108");
  ASSERT_NE(m109, executed.end());
  ASSERT_NE(m108, executed.end());
  // Only what was already in the firmware's queue runs between the wait and the cancel...
  EXPECT_LE(std::distance(m109, m108) - 1, 4);
  // ...and after it only the cool-down: no file line after the cancel point.
  const std::vector<std::string> after(m108 + 1, executed.end());
  EXPECT_EQ(after, (std::vector<std::string>{"M104 T0 S0", "M140 S0", "M107", "G91", "G1 Z5 F600", "G90", "M84"}));
}

TEST(PrinterStreaming, CancelBreaksEveryQueuedHeatWaitNotOnlyTheFirst) {
  VirtualPrinter printer({"--time-scale", "1"});  // the hotend needs ~30 s to 200 °C: the M109 must be broken too
  EngineProbe probe;
  probe.engine().connect(printer.link(), 250000);
  ASSERT_TRUE(probe.waitReady());
  // Slicers start like this: both targets set, then wait for the bed, then for the nozzle.
  const auto job = testJob(50, "M140 S60\nM104 S200\nM190 S60\nM109 S200\n");
  probe.engine().startJob(job);
  ASSERT_TRUE(probe.waitFor([](const PrinterSnapshot& p) { return p.heating; }, 5s));
  const auto cancelledAt = std::chrono::steady_clock::now();
  probe.engine().cancel();
  ASSERT_TRUE(probe.waitJobEnd(10s)) << "the queued M109 kept waiting for the nozzle";
  EXPECT_LT(std::chrono::steady_clock::now() - cancelledAt, 8s);
  EXPECT_EQ(probe.latest().job, JobState::Cancelled);
  probe.engine().stop();
  printer.stop();
  const auto executed = withoutHousekeeping(printer.executed());
  EXPECT_GE(std::count(executed.begin(), executed.end(), "M108"), 1);
  EXPECT_NE(std::find(executed.begin(), executed.end(), "M104 T0 S0"), executed.end()) << "heaters off at the end";
}

}  // namespace
}  // namespace kiosk::test
