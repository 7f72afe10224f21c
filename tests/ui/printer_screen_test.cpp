// The printer demo screen headless: every step draws in both languages without a missing string,
// taps become PrinterCommands, staff-only commands wait for the staff PIN, and an unconnected
// printer cannot be asked to print.
#include <gtest/gtest.h>

#include <sstream>

#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/spdlog.h>

#include "headless_ui.h"

namespace kiosk::testing {
namespace {

using demos::DemoStep;
using devices::marlin::FaultKind;
using devices::marlin::LinkState;
using Kind = core::PrinterCommand::Kind;
using ui::ScreenId;

// Centres at 1920x1080, the same as tests/printer/print-job.script uses.
constexpr float kCubeCard[] = {1570, 700};
constexpr float kBedClear[] = {1064, 936};
constexpr float kPauseOrResume[] = {278, 936};
constexpr float kCancel[] = {650, 936};
constexpr float kPinKeys[][2] = {{960, 412}, {832, 540}, {1088, 540}, {960, 668}};  // 2 4 6 8
constexpr float kPinOk[] = {1088, 796};

class PrinterScreenTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_previous = spdlog::default_logger();
    auto sink = std::make_shared<spdlog::sinks::ostream_sink_mt>(m_log);
    spdlog::set_default_logger(std::make_shared<spdlog::logger>("test", sink));
    auto gallery = demos::loadJobGallery(std::filesystem::path(KIOSK_ASSETS_DIR) / "printer", {"it", "en"});
    ASSERT_TRUE(gallery) << gallery.error().message;
    core::PrinterDesk& desk = m_ui.state().printer;
    desk.gallery = std::move(*gallery);
    desk.configured = true;
    desk.serviceRunning = true;
    desk.send = [this](core::PrinterCommand c) { m_sent.push_back(std::move(c)); };
  }
  void TearDown() override { spdlog::set_default_logger(m_previous); }

  // What the printer service would post for `step` on a ready printer.
  void show(DemoStep step, FaultKind fault = FaultKind::None) {
    core::PrinterUpdate u;
    u.view.step = step;
    u.view.stepKey = "demos.printer.step." + std::string(toString(step));
    u.view.jobId = "calibration-cube";
    u.view.printerReady = true;
    u.view.canStart = step == DemoStep::ConfirmBedClear;
    u.view.canPause = step == DemoStep::Printing;
    u.view.canResume = step == DemoStep::Paused;
    u.view.canCancel = step == DemoStep::Heating || step == DemoStep::Printing || step == DemoStep::Paused;
    u.view.fraction = 0.42;
    u.view.layer = 12;
    u.view.layerCount = 99;
    u.view.etaS = 245;
    if (step == DemoStep::Error) {
      const auto advice = demos::adviceFor(fault);
      u.view.messageKey = advice.messageKey;
      u.view.staffActionKey = advice.actionKey;
      u.view.detail = "Error:Thermal Runaway, system stopped! Heater_ID: 0";
    }
    u.haveSnapshot = true;
    u.snapshot.link = LinkState::Ready;
    devices::marlin::TemperatureReading t;
    t.hotends.push_back({180, 205});
    t.bed = devices::marlin::HeaterReading{55, 60};
    u.snapshot.temperature = t;
    for (int i = 0; i < 100; ++i) {
      u.snapshot.temperatureHistory.push_back({i * 2.0, std::min(205.0, 20 + i * 4.0), 205, std::min(60.0, 20 + i * 1.0), 60});
    }
    m_ui.state().printer.latest = u;
    ++m_ui.state().printer.revision;
  }

  void typePin() {
    for (const auto& key : kPinKeys) m_ui.tap(key[0], key[1]);
    m_ui.tap(kPinOk[0], kPinOk[1]);
  }

  std::ostringstream m_log;
  std::shared_ptr<spdlog::logger> m_previous;
  HeadlessUi m_ui;
  std::vector<core::PrinterCommand> m_sent;
};

TEST_F(PrinterScreenTest, EveryStepAndFaultDrawsInEveryLanguageWithoutMissingStrings) {
  const DemoStep steps[] = {DemoStep::ChooseJob, DemoStep::ConfirmBedClear, DemoStep::Heating, DemoStep::Printing,
                            DemoStep::Paused,    DemoStep::Done,            DemoStep::Cancelled};
  const FaultKind faults[] = {FaultKind::Disconnected,     FaultKind::NotAnswering,       FaultKind::FirmwareReset,
                              FaultKind::FirmwareHalted,   FaultKind::HeaterNotHeating,   FaultKind::TemperatureCeiling,
                              FaultKind::CommunicationStuck, FaultKind::Unresponsive,     FaultKind::EmergencyStop,
                              FaultKind::Refused};
  for (const std::string& language : m_ui.i18n().languages()) {
    m_ui.i18n().setLanguage(language);
    m_ui.state().printer.latest.reset();  // no printer service: "not connected"
    m_ui.goTo(ScreenId::Printer);
    for (DemoStep step : steps) {
      show(step);
      m_ui.frames(2);
    }
    for (FaultKind fault : faults) {
      show(DemoStep::Error, fault);
      m_ui.frames(2);
    }
    // A rejected job's error too: it comes from the flow, not from a fault.
    show(DemoStep::Error);
    m_ui.state().printer.latest->view.messageKey = "demos.printer.error.job_rejected";
    m_ui.state().printer.latest->view.staffActionKey = "demos.printer.action.choose_another_job";
    m_ui.frames(2);
  }
  EXPECT_EQ(m_ui.nav().currentId(), ScreenId::Printer);
  EXPECT_EQ(m_log.str().find("missing"), std::string::npos) << m_log.str();
}

TEST_F(PrinterScreenTest, AVisitorChoosesAJobAndOnlyTheStaffPinStartsIt) {
  show(DemoStep::ChooseJob);
  m_ui.goTo(ScreenId::Printer);
  m_ui.tap(kCubeCard[0], kCubeCard[1]);
  ASSERT_EQ(m_sent.size(), 1u);
  EXPECT_EQ(m_sent[0].kind, Kind::ChooseJob);
  EXPECT_EQ(m_sent[0].jobId, "calibration-cube");

  show(DemoStep::ConfirmBedClear);
  m_ui.frames(2);
  m_ui.tap(kBedClear[0], kBedClear[1]);
  EXPECT_EQ(m_sent.size(), 1u) << "started without the staff PIN";
  typePin();
  ASSERT_EQ(m_sent.size(), 2u);
  EXPECT_EQ(m_sent[1].kind, Kind::ConfirmBedClear);
  EXPECT_TRUE(m_sent[1].byStaff);

  // Staff stay unlocked on this screen for a while: pause needs no second PIN.
  show(DemoStep::Printing);
  m_ui.frames(2);
  m_ui.tap(kPauseOrResume[0], kPauseOrResume[1]);
  ASSERT_EQ(m_sent.size(), 3u);
  EXPECT_EQ(m_sent[2].kind, Kind::Pause);
  EXPECT_TRUE(m_sent[2].byStaff);
}

TEST_F(PrinterScreenTest, AWrongPinSendsNothingAndLeavingLocksAgain) {
  show(DemoStep::Printing);
  m_ui.goTo(ScreenId::Printer);
  m_ui.tap(kCancel[0], kCancel[1]);
  for (int i = 0; i < 4; ++i) m_ui.tap(832, 412);  // 1111
  m_ui.tap(kPinOk[0], kPinOk[1]);
  EXPECT_TRUE(m_sent.empty());
  m_ui.advance(std::chrono::milliseconds(300));  // the back-off after one wrong PIN
  typePin();
  ASSERT_EQ(m_sent.size(), 1u);
  EXPECT_EQ(m_sent[0].kind, Kind::Cancel);
  // Away (the header's Back) and in again through the Demos card: the unlock is gone.
  m_ui.tap(169, 56);
  ASSERT_EQ(m_ui.nav().currentId(), ScreenId::Home);
  m_ui.tap(1417, 466);
  m_ui.tap(352, 600);
  ASSERT_EQ(m_ui.nav().currentId(), ScreenId::Printer);
  m_ui.tap(kCancel[0], kCancel[1]);
  EXPECT_EQ(m_sent.size(), 1u);
}

TEST_F(PrinterScreenTest, WithoutAPrinterTheGalleryCannotBeUsed) {
  m_ui.state().printer.latest.reset();
  m_ui.goTo(ScreenId::Printer);
  m_ui.tap(kCubeCard[0], kCubeCard[1]);
  EXPECT_TRUE(m_sent.empty());
}

TEST_F(PrinterScreenTest, ThePrinterCardOnTheDemosScreenOpensIt) {
  m_ui.goTo(ScreenId::Demos);
  m_ui.tap(352, 600);
  EXPECT_EQ(m_ui.nav().currentId(), ScreenId::Printer);
}

}  // namespace
}  // namespace kiosk::testing
