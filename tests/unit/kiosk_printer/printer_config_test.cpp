// The [printer] section: defaults, every key, and errors that name file:line like the rest.
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "kiosk/core/config.h"
#include "tests/unit/config_errors.h"
#include "tests/unit/temp_dir.h"

namespace kiosk::core {
namespace {

namespace fs = std::filesystem;

using test::hasErrorAt;
using test::listErrors;

class PrinterConfigTest : public ::testing::Test {
 protected:
  tl::expected<Config, ConfigErrors> load(std::string_view toml) {
    m_file = m_dir.write("kiosk.toml", toml);
    return loadConfig(m_file);
  }
  test::TempDir m_dir;
  fs::path m_file;
};

TEST_F(PrinterConfigTest, WithoutASectionTheDemoIsOffWithTheShippedJobs) {
  const auto config = load("[paths]\nassets = \"/opt/assets\"\n");
  ASSERT_TRUE(config) << listErrors(config.error());
  EXPECT_FALSE(config->printer.enabled());
  EXPECT_EQ(config->printer.baud, 115200);
  EXPECT_EQ(config->printer.maxHotendC, 260);
  EXPECT_EQ(config->printer.jobsDir, fs::path("/opt/assets/printer"));
  EXPECT_TRUE(config->printer.forbidden.empty());  // the engine's built-in list applies
}

TEST_F(PrinterConfigTest, ReadsEveryKey) {
  const auto config = load(R"([paths]
assets = "/opt/assets"
[printer]
port = "/dev/ttyACM0"
usb_ids = ["1a86:7523", "2C99:0002"]
baud = 250000
max_hotend_c = 240
max_bed_c = 80.5
bed_x_mm = 250
bed_y_mm = 210
max_z_mm = 200
forbidden = ["M500", "M502"]
jobs = "jobs"
)");
  ASSERT_TRUE(config) << listErrors(config.error());
  const PrinterConfig& p = config->printer;
  EXPECT_TRUE(p.enabled());
  EXPECT_EQ(p.port, "/dev/ttyACM0");
  EXPECT_EQ(p.usbIds, (std::vector<std::string>{"1a86:7523", "2C99:0002"}));
  EXPECT_EQ(p.baud, 250000);
  EXPECT_EQ(p.maxHotendC, 240);
  EXPECT_EQ(p.maxBedC, 80.5);
  EXPECT_EQ(p.bedX, 250);
  EXPECT_EQ(p.bedY, 210);
  EXPECT_EQ(p.maxZ, 200);
  EXPECT_EQ(p.forbidden, (std::vector<std::string>{"M500", "M502"}));
  EXPECT_EQ(p.jobsDir, m_file.parent_path() / "jobs");  // relative to the config file
}

TEST_F(PrinterConfigTest, UsbIdsAloneEnableTheDemo) {
  const auto config = load("[paths]\nassets = \".\"\n[printer]\nusb_ids = [\"0483:5740\"]\n");
  ASSERT_TRUE(config) << listErrors(config.error());
  EXPECT_TRUE(config->printer.enabled());
}

TEST_F(PrinterConfigTest, BadValuesAreRefusedAtTheirLine) {
  const auto config = load(R"([paths]
assets = "."
[printer]
usb_ids = ["1a86:7523", "ch340"]
baud = 0
max_hotend_c = 400
bed_x_mm = "220"
forbidden = ["M500", "reset"]
prot = "/dev/ttyUSB0"
)");
  ASSERT_FALSE(config);
  EXPECT_TRUE(hasErrorAt(config.error(), m_file, 4, "'ch340' is not a USB id"));
  EXPECT_TRUE(hasErrorAt(config.error(), m_file, 5, "printer.baud must be a number in 1200..4000000"));
  EXPECT_TRUE(hasErrorAt(config.error(), m_file, 6, "printer.max_hotend_c must be a number in 150..320"));
  EXPECT_TRUE(hasErrorAt(config.error(), m_file, 7, "printer.bed_x_mm"));
  EXPECT_TRUE(hasErrorAt(config.error(), m_file, 8, "'reset' is not a G-code word"));
  EXPECT_TRUE(hasErrorAt(config.error(), m_file, 9, "unknown key printer.prot"));
}

}  // namespace
}  // namespace kiosk::core
