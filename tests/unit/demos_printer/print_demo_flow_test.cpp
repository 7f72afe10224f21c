#include "demos/printer/print_demo_flow.h"

#include <gtest/gtest.h>

namespace kiosk::demos {
namespace {

using devices::marlin::FaultKind;
using devices::marlin::JobState;
using devices::marlin::LinkState;
using devices::marlin::PrinterSnapshot;

class FlowTest : public ::testing::Test {
 protected:
  void SetUp() override {
    job.id = "keychain-tag";
    ValidatedJob v;
    v.job = std::make_shared<devices::marlin::PrintJob>(devices::marlin::parsePrintJob("keychain-tag", "G28\n;LAYER:0\nG1 X1\n"));
    v.summary.layers = 1;
    valid = v;
    ready.link = LinkState::Ready;
  }
  PrinterSnapshot running(bool heating, double fraction = 0.2) {
    PrinterSnapshot s = ready;
    s.job = JobState::Running;
    s.jobSerial = 1;
    s.heating = heating;
    s.progress.linesTotal = 100;
    s.progress.linesAcked = static_cast<std::size_t>(fraction * 100);
    s.progress.layer = 3;
    s.progress.layerCount = 10;
    s.progress.etaS = 120.0;
    return s;
  }
  void startPrint() {
    flow.onSnapshot(ready);
    flow.chooseJob(job, valid);
    ASSERT_EQ(flow.view().step, DemoStep::ConfirmBedClear);
    ASSERT_EQ(flow.confirmBedClear(true), EngineRequest::StartJob);
  }

  PrintDemoFlow flow;
  GalleryJob job;
  ValidatedJob valid;
  PrinterSnapshot ready;
};

TEST_F(FlowTest, OnlyStaffStartAPrintAndOnlyOnAReadyPrinter) {
  flow.chooseJob(job, valid);
  EXPECT_EQ(flow.view().step, DemoStep::ConfirmBedClear);
  EXPECT_EQ(flow.view().staffActionKey, "demos.printer.action.confirm_bed_clear");
  EXPECT_FALSE(flow.view().canStart);  // no snapshot yet: printer not ready
  EXPECT_EQ(flow.confirmBedClear(true), EngineRequest::None);
  EXPECT_EQ(flow.view().messageKey, "demos.printer.notice.printer_not_ready");
  flow.onSnapshot(ready);
  EXPECT_TRUE(flow.view().canStart);
  EXPECT_EQ(flow.confirmBedClear(false), EngineRequest::None);  // a visitor cannot
  EXPECT_EQ(flow.confirmBedClear(true), EngineRequest::StartJob);
  EXPECT_EQ(flow.jobToStart(), valid.job);
  EXPECT_EQ(flow.view().step, DemoStep::Heating);
}

TEST_F(FlowTest, HeatingThenPrintingWithProgressThenDone) {
  startPrint();
  flow.onSnapshot(running(true, 0.0));
  EXPECT_EQ(flow.view().step, DemoStep::Heating);
  EXPECT_EQ(flow.view().stepKey, "demos.printer.step.heating");
  EXPECT_TRUE(flow.view().canCancel);
  EXPECT_FALSE(flow.view().canPause);
  flow.onSnapshot(running(false, 0.5));
  EXPECT_EQ(flow.view().step, DemoStep::Printing);
  EXPECT_DOUBLE_EQ(flow.view().fraction, 0.5);
  EXPECT_EQ(flow.view().layer, 3);
  EXPECT_EQ(flow.view().layerCount, 10);
  EXPECT_EQ(flow.view().etaS, 120.0);
  EXPECT_EQ(flow.pause(true), EngineRequest::Pause);
  EXPECT_EQ(flow.pause(false), EngineRequest::None);
  PrinterSnapshot done = running(false, 1.0);
  done.job = JobState::Completed;
  flow.onSnapshot(done);
  EXPECT_EQ(flow.view().step, DemoStep::Done);
  EXPECT_EQ(flow.view().staffActionKey, "demos.printer.action.remove_print");
  EXPECT_EQ(flow.finish(false), EngineRequest::None);
  EXPECT_EQ(flow.view().step, DemoStep::ChooseJob);
}

TEST_F(FlowTest, TheFinalStateOfThePreviousJobIsNotMistakenForOurs) {
  PrinterSnapshot previous = ready;
  previous.job = JobState::Completed;
  previous.jobSerial = 0;
  flow.onSnapshot(previous);
  flow.chooseJob(job, valid);
  ASSERT_EQ(flow.confirmBedClear(true), EngineRequest::StartJob);
  flow.onSnapshot(previous);  // still the old job: nothing changes
  EXPECT_EQ(flow.view().step, DemoStep::Heating);
}

TEST_F(FlowTest, ErrorsTellStaffWhatToDoAndNeedStaffToClear) {
  startPrint();
  flow.onSnapshot(running(false));
  PrinterSnapshot failed = running(false);
  failed.job = JobState::Failed;
  failed.fault = FaultKind::Disconnected;
  failed.faultDetail = "read: Input/output error";
  flow.onSnapshot(failed);
  EXPECT_EQ(flow.view().step, DemoStep::Error);
  EXPECT_EQ(flow.view().messageKey, "demos.printer.error.disconnected");
  EXPECT_EQ(flow.view().staffActionKey, "demos.printer.action.check_usb");
  EXPECT_EQ(flow.view().detail, "read: Input/output error");
  EXPECT_EQ(flow.finish(false), EngineRequest::None);
  EXPECT_EQ(flow.view().step, DemoStep::Error);
  EXPECT_EQ(flow.finish(true), EngineRequest::ClearFault);
  EXPECT_EQ(flow.view().step, DemoStep::ChooseJob);
}

TEST_F(FlowTest, EveryFaultHasAMessageAndAnAction) {
  for (FaultKind f : {FaultKind::Disconnected, FaultKind::NotAnswering, FaultKind::FirmwareReset, FaultKind::FirmwareHalted,
                      FaultKind::HeaterNotHeating, FaultKind::TemperatureCeiling, FaultKind::CommunicationStuck,
                      FaultKind::Unresponsive, FaultKind::EmergencyStop, FaultKind::Refused}) {
    const FaultAdvice a = adviceFor(f);
    EXPECT_EQ(a.messageKey.rfind("demos.printer.error.", 0), 0u) << toString(f);
    EXPECT_EQ(a.actionKey.rfind("demos.printer.action.", 0), 0u) << toString(f);
  }
  EXPECT_EQ(adviceFor(FaultKind::FirmwareReset).messageKey, "demos.printer.error.printer_restarted");
}

TEST_F(FlowTest, ARejectedJobNeverReachesTheBedCheck) {
  flow.onSnapshot(ready);
  flow.chooseJob(job, tl::unexpected(devices::Error{devices::ErrorCode::InvalidData, "line 2: M502 is not allowed"}));
  EXPECT_EQ(flow.view().step, DemoStep::Error);
  EXPECT_EQ(flow.view().messageKey, "demos.printer.error.job_rejected");
  EXPECT_EQ(flow.view().detail, "line 2: M502 is not allowed");
  EXPECT_FALSE(flow.view().canStart);
}

TEST_F(FlowTest, CancelAndAStartRefusedByTheEngine) {
  startPrint();
  flow.onSnapshot(running(true));
  EXPECT_EQ(flow.cancel(true), EngineRequest::Cancel);
  PrinterSnapshot cancelled = running(false);
  cancelled.job = JobState::Cancelled;
  flow.onSnapshot(cancelled);
  EXPECT_EQ(flow.view().step, DemoStep::Cancelled);
  EXPECT_EQ(flow.view().staffActionKey, "demos.printer.action.clear_bed");
  (void)flow.finish(true);
  flow.chooseJob(job, valid);
  ASSERT_EQ(flow.confirmBedClear(true), EngineRequest::StartJob);
  flow.onStartRejected("the printer is not ready (connecting)");
  EXPECT_EQ(flow.view().step, DemoStep::Error);
  EXPECT_EQ(flow.view().messageKey, "demos.printer.error.start_refused");
}

}  // namespace
}  // namespace kiosk::demos
