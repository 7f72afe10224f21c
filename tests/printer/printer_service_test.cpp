// PrinterService, the kiosk's printer worker, against the real virtual-marlin over a pty: the
// commands a screen sends, the updates it gets back, and who may start a print.
#include "kiosk/app/printer_service.h"

#include <algorithm>
#include <condition_variable>
#include <fstream>
#include <mutex>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "virtual_printer.h"

namespace kiosk::test {
namespace {

using namespace std::chrono_literals;
using demos::DemoStep;
using Kind = core::PrinterCommand::Kind;

// A gallery of one tiny job (a few layers of short moves) so a whole print takes a second or two.
class TinyGallery {
 public:
  TinyGallery() {
    m_dir = std::filesystem::temp_directory_path() / ("kiosk-gallery-" + std::to_string(::getpid()));
    std::filesystem::create_directories(m_dir);
    std::ofstream(m_dir / "jobs.toml") << R"([[job]]
id = "tiny"
gcode = "tiny.gcode"
thumbnail = "tiny.png"
duration_min = 1
title.it = "Piccolo"
title.en = "Tiny"
summary.it = "Prova"
summary.en = "Test"

[[job]]
id = "bad"
gcode = "bad.gcode"
thumbnail = "tiny.png"
duration_min = 1
title.it = "Cattivo"
title.en = "Bad"
summary.it = "Resetta la EEPROM"
summary.en = "Resets the EEPROM"

[[job]]
id = "slow"
gcode = "slow.gcode"
thumbnail = "tiny.png"
duration_min = 1
title.it = "Lento"
title.en = "Slow"
summary.it = "Mosse lente"
summary.en = "Slow moves"
)";
    std::ofstream(m_dir / "bad.gcode") << "G28\nM502\nM500\n";
    // Slow moves and no heat-up waits: still printing when the test cancels it.
    std::ofstream slow(m_dir / "slow.gcode");
    slow << "M104 S150\nM140 S50\nG28\nG90\n";
    for (int layer = 1; layer <= 4; ++layer) {
      slow << ";LAYER:" << layer << "\nG1 Z" << layer * 0.2 << " F600\n";
      for (int i = 0; i < 100; ++i) slow << "G1 X" << (i % 2 ? 10 : 20) << " Y10 F600\n";
    }
    std::ofstream(m_dir / "tiny.png") << "\x89PNG";
    std::ofstream gcode(m_dir / "tiny.gcode");
    gcode << ";TIME:12\nM140 S50\nM104 S150\nM190 S50\nM109 S150\nG28\nG90\nM82\n";
    for (int layer = 1; layer <= 4; ++layer) {
      gcode << ";LAYER:" << layer << "\nG1 Z" << layer * 0.2 << " F600\n";
      for (int i = 0; i < 20; ++i) gcode << "G1 X" << 10 + i << " Y" << 10 + (i % 2) << " E" << i * 0.1 << " F3000\n";
    }
    gcode << "M104 S0\nM140 S0\nM84\n";
  }
  ~TinyGallery() {
    std::error_code ec;
    std::filesystem::remove_all(m_dir, ec);
  }
  [[nodiscard]] demos::JobGallery load() const {
    auto gallery = demos::loadJobGallery(m_dir, {"it", "en"});
    if (!gallery) throw std::runtime_error(gallery.error().message);
    return *gallery;
  }

 private:
  std::filesystem::path m_dir;
};

class ServiceProbe {
 public:
  ServiceProbe(const std::string& port, demos::JobGallery gallery) {
    core::PrinterConfig config;
    config.port = port;
    config.baud = 250000;
    auto options = app::printerServiceOptions(config, std::move(gallery));
    m_service = std::make_unique<app::PrinterService>(std::move(options), [this](core::PrinterUpdate u) {
      std::lock_guard lock(m_mutex);
      m_updates.push_back(std::move(u));
      m_cv.notify_all();
    }, devices::StatusSink{});
    m_service->start();
  }
  ~ServiceProbe() { m_service->stop(); }

  app::PrinterService& service() { return *m_service; }

  bool waitFor(const std::function<bool(const core::PrinterUpdate&)>& pred, std::chrono::milliseconds timeout) {
    std::unique_lock lock(m_mutex);
    return m_cv.wait_for(lock, timeout, [&] { return !m_updates.empty() && pred(m_updates.back()); });
  }
  bool waitStep(DemoStep step, std::chrono::milliseconds timeout) {
    return waitFor([step](const core::PrinterUpdate& u) { return u.view.step == step; }, timeout);
  }
  bool waitReady() {
    return waitFor([](const core::PrinterUpdate& u) { return u.haveSnapshot && u.view.printerReady; }, 5s);
  }
  core::PrinterUpdate latest() {
    std::lock_guard lock(m_mutex);
    return m_updates.back();
  }
  std::vector<DemoStep> steps() {
    std::lock_guard lock(m_mutex);
    std::vector<DemoStep> out;
    for (const auto& u : m_updates) {
      if (out.empty() || out.back() != u.view.step) out.push_back(u.view.step);
    }
    return out;
  }
 private:
  std::unique_ptr<app::PrinterService> m_service;
  std::mutex m_mutex;
  std::condition_variable m_cv;
  std::vector<core::PrinterUpdate> m_updates;
};

TEST(PrinterService, StaffStartAPrintAndItRunsToDoneWithProgress) {
  TinyGallery gallery;
  VirtualPrinter printer;
  ServiceProbe probe(printer.link(), gallery.load());
  ASSERT_TRUE(probe.waitReady());
  probe.service().send({Kind::ChooseJob, "tiny", false});
  ASSERT_TRUE(probe.waitStep(DemoStep::ConfirmBedClear, 3s));
  EXPECT_EQ(probe.latest().view.jobId, "tiny");
  EXPECT_EQ(probe.latest().view.layerCount, 4);
  probe.service().send({Kind::ConfirmBedClear, {}, true});
  ASSERT_TRUE(probe.waitStep(DemoStep::Done, 30s)) << "last step " << toString(probe.latest().view.step);
  const auto done = probe.latest();
  EXPECT_DOUBLE_EQ(done.view.fraction, 1.0);
  EXPECT_EQ(done.view.staffActionKey, "demos.printer.action.remove_print");
  EXPECT_FALSE(done.snapshot.temperatureHistory.empty());
  // The screen saw the whole story, in order.
  const auto steps = probe.steps();
  const auto at = [&](DemoStep s) { return std::find(steps.begin(), steps.end(), s) - steps.begin(); };
  EXPECT_LT(at(DemoStep::ConfirmBedClear), at(DemoStep::Heating));
  EXPECT_LT(at(DemoStep::Heating), at(DemoStep::Printing));
  EXPECT_LT(at(DemoStep::Printing), at(DemoStep::Done));
  // The printer's record: the job's last line ran (the engine's own cool-down may follow it).
  const auto executed = printer.executed();
  EXPECT_NE(std::find(executed.begin(), executed.end(), "M84"), executed.end());
  EXPECT_NE(std::find(executed.begin(), executed.end(), "G1 X29 Y11 E1.9 F3000"), executed.end());
  // Back to the gallery without staff: the visitor may start over.
  probe.service().send({Kind::Finish, {}, false});
  EXPECT_TRUE(probe.waitStep(DemoStep::ChooseJob, 2s));
}

TEST(PrinterService, StaffCancelAPrintAndTheNextVisitorStartsFromTheGallery) {
  TinyGallery gallery;
  VirtualPrinter printer;
  ServiceProbe probe(printer.link(), gallery.load());
  ASSERT_TRUE(probe.waitReady());
  probe.service().send({Kind::ChooseJob, "slow", false});
  ASSERT_TRUE(probe.waitStep(DemoStep::ConfirmBedClear, 3s));
  probe.service().send({Kind::ConfirmBedClear, {}, true});
  ASSERT_TRUE(probe.waitStep(DemoStep::Printing, 5s));
  probe.service().send({Kind::Cancel, {}, false});  // a visitor: ignored
  std::this_thread::sleep_for(300ms);
  EXPECT_EQ(probe.latest().view.step, DemoStep::Printing);
  probe.service().send({Kind::Cancel, {}, true});
  probe.service().send({Kind::Cancel, {}, true});  // a hurried second tap: refused, and no error for it
  ASSERT_TRUE(probe.waitStep(DemoStep::Cancelled, 10s))
      << "last step " << toString(probe.latest().view.step) << ", job " << toString(probe.latest().snapshot.job)
      << ", heating " << probe.latest().snapshot.heating;
  EXPECT_EQ(probe.latest().view.staffActionKey, "demos.printer.action.clear_bed");
  probe.service().send({Kind::Finish, {}, false});
  EXPECT_TRUE(probe.waitStep(DemoStep::ChooseJob, 2s));
  // Nothing of the job ran after the cancel: no layer-4 move reached the printer.
  const auto executed = printer.executed();
  EXPECT_EQ(std::find(executed.begin(), executed.end(), "G1 Z0.8 F600"), executed.end());
}

TEST(PrinterService, AVisitorCannotStartAPrint) {
  TinyGallery gallery;
  VirtualPrinter printer;
  ServiceProbe probe(printer.link(), gallery.load());
  ASSERT_TRUE(probe.waitReady());
  probe.service().send({Kind::ChooseJob, "tiny", false});
  ASSERT_TRUE(probe.waitStep(DemoStep::ConfirmBedClear, 3s));
  probe.service().send({Kind::ConfirmBedClear, {}, false});
  std::this_thread::sleep_for(500ms);
  EXPECT_EQ(probe.latest().view.step, DemoStep::ConfirmBedClear);
  EXPECT_FALSE(printer.waitForTrace("G28", 200ms)) << "the job reached the printer";
}

TEST(PrinterService, AnUnknownJobIsIgnoredAndABadOneIsExplained) {
  TinyGallery gallery;
  VirtualPrinter printer;
  ServiceProbe probe(printer.link(), gallery.load());
  ASSERT_TRUE(probe.waitReady());
  probe.service().send({Kind::ChooseJob, "no-such-job", false});
  std::this_thread::sleep_for(300ms);
  EXPECT_EQ(probe.latest().view.step, DemoStep::ChooseJob);
  // A job the validator refuses never reaches the printer; staff read why.
  probe.service().send({Kind::ChooseJob, "bad", false});
  ASSERT_TRUE(probe.waitStep(DemoStep::Error, 2s));
  EXPECT_EQ(probe.latest().view.messageKey, "demos.printer.error.job_rejected");
  EXPECT_EQ(probe.latest().view.staffActionKey, "demos.printer.action.choose_another_job");
  EXPECT_NE(probe.latest().view.detail.find("M502"), std::string::npos) << probe.latest().view.detail;
  EXPECT_FALSE(printer.waitForTrace("- M502", 200ms));
}

TEST(PrinterService, ADisconnectMidPrintBecomesAnErrorThatOnlyStaffClear) {
  TinyGallery gallery;
  VirtualPrinter printer({"--faults", "disconnect-at=30"});
  ServiceProbe probe(printer.link(), gallery.load());
  ASSERT_TRUE(probe.waitReady());
  probe.service().send({Kind::ChooseJob, "tiny", false});
  ASSERT_TRUE(probe.waitStep(DemoStep::ConfirmBedClear, 3s));
  probe.service().send({Kind::ConfirmBedClear, {}, true});
  ASSERT_TRUE(probe.waitStep(DemoStep::Error, 15s));
  EXPECT_EQ(probe.latest().view.messageKey, "demos.printer.error.disconnected");
  EXPECT_EQ(probe.latest().view.staffActionKey, "demos.printer.action.check_usb");
  probe.service().send({Kind::Finish, {}, false});  // a visitor: stays
  std::this_thread::sleep_for(300ms);
  EXPECT_EQ(probe.latest().view.step, DemoStep::Error);
  probe.service().send({Kind::Finish, {}, true});  // staff
  EXPECT_TRUE(probe.waitStep(DemoStep::ChooseJob, 2s));
}

}  // namespace
}  // namespace kiosk::test
