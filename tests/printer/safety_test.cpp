// Safety behaviour: a lost link, a heater that never heats, the emergency stop, the temperature ceiling.
#include <gtest/gtest.h>

#include <thread>

#include "engine_probe.h"
#include "job_check.h"
#include "virtual_printer.h"

namespace kiosk::test {
namespace {

using namespace std::chrono_literals;
using namespace devices::marlin;

TEST(PrinterSafety, DisconnectFailsTheJobAndTheReconnectStartsWithHeatersOff) {
  // A native-USB board: no reset when the port opens, so the heaters stay on across the disconnect.
  VirtualPrinter printer({"--no-reset-on-open", "--faults", "disconnect-at=120,reappear-after=1"});
  EngineProbe probe;
  probe.engine().connect(printer.link(), 250000);
  ASSERT_TRUE(probe.waitReady());
  probe.engine().startJob(testJob(300, "M104 S150\nM140 S50\n"));
  ASSERT_TRUE(probe.waitJobEnd(10s));
  EXPECT_EQ(probe.latest().job, JobState::Failed);
  EXPECT_EQ(probe.latest().fault, FaultKind::Disconnected);
  ASSERT_TRUE(probe.waitReady(5s));
  ASSERT_TRUE(probe.waitFor([](const PrinterSnapshot& p) {
    return p.temperature && p.temperature->hotends.at(0).target == 0.0 && p.temperature->bed && p.temperature->bed->target == 0.0;
  }, 5s));
  EXPECT_EQ(probe.latest().job, JobState::Failed);  // no job resumes by itself
  EXPECT_TRUE(printer.waitForTrace("N6 M84", 3s));
  probe.engine().stop();
  printer.stop();
  const auto trace = printer.trace();
  const auto restored = std::find(trace.begin(), trace.end(), "# link restored");
  ASSERT_NE(restored, trace.end());
  const std::vector<std::string> after(restored + 1, trace.end());
  ASSERT_GE(after.size(), 2u);
  EXPECT_EQ(after[0], "- M104 S0");  // the very first commands on the new link
  EXPECT_EQ(after[1], "- M140 S0");
  for (const auto& line : after) EXPECT_EQ(line.find("G1 X"), std::string::npos) << line;
  EXPECT_TRUE(inOrder(after, {"N0 M110 N0", "N1 M115", "N2 M155 S2", "N3 M104 T0 S0", "N4 M140 S0", "N5 M107", "N6 M84"}))
      << testing::PrintToString(after);
}

TEST(PrinterSafety, AHeaterThatNeverHeatsIsStoppedByTheHostWatch) {
  VirtualPrinter printer({"--faults", "dead-heater"});
  EngineProbe probe;  // hotend watch period: 2 s
  probe.engine().connect(printer.link(), 250000);
  ASSERT_TRUE(probe.waitReady());
  probe.engine().startJob(testJob(20, "M104 S200\nM109 S200\n"));
  ASSERT_TRUE(probe.waitJobEnd(10s));
  const PrinterSnapshot s = probe.latest();
  EXPECT_EQ(s.job, JobState::Failed);
  EXPECT_EQ(s.fault, FaultKind::HeaterNotHeating);
  EXPECT_NE(s.faultDetail.find("hotend stayed at"), std::string::npos) << s.faultDetail;
  EXPECT_EQ(s.link, LinkState::Faulted);
  EXPECT_TRUE(printer.waitForTrace("# M112 (emergency parser)", 2s));
}

TEST(PrinterSafety, EmergencyStopKillsThePrinterEvenWithAFullQueue) {
  VirtualPrinter printer({"--time-scale", "1"});
  EngineProbe probe;
  probe.engine().connect(printer.link(), 250000);
  ASSERT_TRUE(probe.waitReady());
  probe.engine().startJob(testJob(200));
  ASSERT_TRUE(probe.waitFor([](const PrinterSnapshot& p) { return p.progress.linesAcked > 5; }, 10s));
  probe.engine().emergencyStop();
  ASSERT_TRUE(probe.waitJobEnd(5s));
  EXPECT_EQ(probe.latest().fault, FaultKind::EmergencyStop);
  EXPECT_EQ(probe.latest().link, LinkState::Faulted);
  EXPECT_TRUE(printer.waitForTrace("# M112 (emergency parser)", 2s));
  std::this_thread::sleep_for(300ms);
  EXPECT_EQ(probe.latest().link, LinkState::Faulted);  // no reconnect until staff clear the fault
}

TEST(PrinterSafety, ATargetAboveTheCeilingIsNeverSent) {
  VirtualPrinter printer;
  EngineProbe probe;  // default ceiling: 260 °C
  probe.engine().connect(printer.link(), 250000);
  ASSERT_TRUE(probe.waitReady());
  probe.engine().sendCommand("M104 S300");
  ASSERT_TRUE(probe.waitFor([](const PrinterSnapshot& p) { return p.fault == FaultKind::TemperatureCeiling; }, 3s));
  EXPECT_TRUE(printer.waitForTrace("# M112 (emergency parser)", 2s));  // what was sent instead
  EXPECT_EQ(countOf(printer.executed(), "M104 S300"), 0);
}

TEST(PrinterSafety, AJobIsRefusedWhenThePrinterIsNotReady) {
  EngineProbe probe;
  probe.engine().startJob(testJob(5));
  for (int i = 0; i < 50 && probe.rejections().empty(); ++i) std::this_thread::sleep_for(20ms);
  const auto rejections = probe.rejections();
  ASSERT_EQ(rejections.size(), 1u);
  EXPECT_NE(rejections[0].find("not ready"), std::string::npos) << rejections[0];
}

}  // namespace
}  // namespace kiosk::test
