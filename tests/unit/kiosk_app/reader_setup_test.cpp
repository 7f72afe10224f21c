// [reader] config → the libusb reader worker's options.
#include "kiosk/app/reader_setup.h"

#include <algorithm>

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

namespace kiosk::app {
namespace {

TEST(ShippedReaderConfig, TheDefaultIdsCoverTheCommonReadersAndParse) {
  const auto config = core::loadConfig(std::filesystem::path(KIOSK_ASSETS_DIR) / "config" / "kiosk.toml");
  ASSERT_TRUE(config) << config.error().front();
  const auto options = readerOptions(config->reader);
  ASSERT_TRUE(options) << options.error();
  const auto has = [&](std::uint16_t vid, std::uint16_t pid) {
    return std::find(options->ids.begin(), options->ids.end(), devices::reader::ReaderId{vid, pid}) != options->ids.end();
  };
  EXPECT_TRUE(has(0xffff, 0x0035)) << "Sycreader 125 kHz / 13.56 MHz";
  EXPECT_TRUE(has(0x05e0, 0x1200)) << "Zebra/Symbol in HID keyboard mode";
  EXPECT_TRUE(has(0x0c2e, 0x0b81)) << "Honeywell Voyager 1400g";
  EXPECT_TRUE(has(0x05f9, 0x2214)) << "Datalogic";
  EXPECT_FALSE(options->anyBootKeyboard) << "staff choose that mode; it must not be the default";
}

}  // namespace
}  // namespace kiosk::app
