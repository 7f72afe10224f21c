// [reader] config → the libusb reader worker's options.
#include "kiosk/app/reader_setup.h"

#include <gtest/gtest.h>

namespace kiosk::app {
namespace {

using devices::reader::HidLayout;
using devices::reader::ReaderId;

TEST(ReaderSetup, IdsLayoutAndStaffModeReachTheWorker) {
  core::ReaderConfig config;
  config.usbIds = {"16c0:27db", "FFFF:0035"};
  config.layout = "us";
  config.anyBootKeyboard = true;
  config.exclude = {"046d:c31c"};
  const auto options = readerOptions(config);
  ASSERT_TRUE(options) << options.error();
  EXPECT_EQ(options->ids, (std::vector<ReaderId>{{0x16c0, 0x27db}, {0xffff, 0x0035}}));
  EXPECT_EQ(options->excluded, (std::vector<ReaderId>{{0x046d, 0xc31c}}));
  EXPECT_EQ(options->layout, HidLayout::Us);
  EXPECT_TRUE(options->anyBootKeyboard);
}

TEST(ReaderSetup, ItalianIsTheDefaultLayout) {
  core::ReaderConfig config;
  config.usbIds = {"16c0:27db"};
  const auto options = readerOptions(config);
  ASSERT_TRUE(options);
  EXPECT_EQ(options->layout, HidLayout::It);
  EXPECT_FALSE(options->anyBootKeyboard);
}

TEST(ReaderSetup, ABadIdIsNamedNotIgnored) {
  core::ReaderConfig config;
  config.usbIds = {"16c0:zzzz"};
  const auto options = readerOptions(config);
  ASSERT_FALSE(options);
  EXPECT_NE(options.error().find("reader.usb_ids"), std::string::npos) << options.error();
  EXPECT_NE(options.error().find("16c0:zzzz"), std::string::npos) << options.error();
}

}  // namespace
}  // namespace kiosk::app

// --reader fake:FILE: the scan file and its errors; which screens get scans.
#include "tests/unit/temp_dir.h"

namespace kiosk::app {
namespace {

TEST(FakeReaderFile, TheDemoFileLoads) {
  const auto steps = loadScanFile(std::filesystem::path(KIOSK_ASSETS_DIR) / "reader" / "demo-scans.txt");
  ASSERT_TRUE(steps) << steps.error();
  EXPECT_EQ(steps->size(), 5u);
  EXPECT_TRUE(steps->front().scan.starts_with("MECARD:"));
}

TEST(FakeReaderFile, ErrorsNameFileAndLineButNeverTheScan) {
  test::TempDir dir;
  const auto bad = dir.write("scans.txt", "# demo\nwait 100\nsecret-badge-0042\nwait soon\n");
  const auto steps = loadScanFile(bad);
  ASSERT_FALSE(steps);
  EXPECT_NE(steps.error().find(bad.string() + ":4: wait needs milliseconds"), std::string::npos) << steps.error();
  EXPECT_EQ(steps.error().find("secret"), std::string::npos);

  EXPECT_FALSE(loadScanFile(dir.path() / "missing.txt"));
  EXPECT_FALSE(loadScanFile(dir.write("empty.txt", "# nothing\nwait 5\n")));
}

TEST(FakeReaderFile, OnlyTheLeadFormAndTheTraceabilityDemoReadScans) {
  for (ui::ScreenId id : ui::allScreenIds()) {
    EXPECT_EQ(readsScans(id), id == ui::ScreenId::Contact || id == ui::ScreenId::Traceability) << ui::toString(id);
  }
}

}  // namespace
}  // namespace kiosk::app
