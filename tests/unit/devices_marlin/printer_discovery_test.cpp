// Discovery over a fake /sys/bus/usb/devices tree: VID:PID matching, tty lookup, arrival/leave diffs.
#include "devices/usb/printer_discovery.h"

#include <gtest/gtest.h>

#include "devices/usb/sysfs_tty.h"
#include "temp_dir.h"

namespace kiosk::devices {
namespace {

TEST(SysfsTty, FindsCdcAcmAndUsbSerialTtys) {
  test::TempDir sys;
  sys.write("1-1.4:1.0/tty/ttyACM0/dev", "166:0");
  sys.write("1-1.4:1.1/other", "");
  sys.write("1-2:1.0/ttyUSB0/dev", "188:0");
  EXPECT_EQ(ttyForUsbDevice(sys.path(), "1-1.4"), "/dev/ttyACM0");
  EXPECT_EQ(ttyForUsbDevice(sys.path(), "1-2"), "/dev/ttyUSB0");
  EXPECT_EQ(ttyForUsbDevice(sys.path(), "1-1"), std::nullopt);  // "1-1.4" is not an interface of "1-1"
  EXPECT_EQ(ttyForUsbDevice(sys.path(), "3-1"), std::nullopt);
}

TEST(PrinterDiscovery, MatchesKnownVidPidAndReportsArrivalsAndDepartures) {
  test::TempDir sys;
  sys.write("1-2:1.0/ttyUSB0/dev", "188:0");
  const std::vector<KnownPrinter> known = {{0x1a86, 0x7523, "Creality (CH340)"}, {0x2c99, 0x0002, "Prusa MK3S"}};
  const std::vector<UsbDeviceInfo> bus = {{0x046d, 0xc52b, 1, "1-1"}, {0x1a86, 0x7523, 1, "1-2"}};
  const auto found = matchKnownPrinters(bus, known, sys.path());
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].printer.model, "Creality (CH340)");
  EXPECT_EQ(found[0].tty, "/dev/ttyUSB0");

  const auto arrived = diffPrinters({}, found);
  ASSERT_EQ(arrived.size(), 1u);
  EXPECT_EQ(arrived[0].change, PrinterPresence::Change::Arrived);
  const auto left = diffPrinters(found, {});
  ASSERT_EQ(left.size(), 1u);
  EXPECT_EQ(left[0].change, PrinterPresence::Change::Left);
  EXPECT_TRUE(diffPrinters(found, found).empty());
}

TEST(UsbDevices, SysfsNameFromBusAndPorts) {
  EXPECT_EQ(usbSysfsName(1, {1, 4}), "1-1.4");
  EXPECT_EQ(usbSysfsName(3, {2}), "3-2");
}

TEST(UsbDevices, ListingWorksOrFailsCleanly) {
  // In a container there may be no USB at all: either way no crash and no exception.
  const auto devices = listUsbDevices();
  if (!devices) {
    EXPECT_EQ(devices.error().code, ErrorCode::Io);
  }
}

}  // namespace
}  // namespace kiosk::devices
