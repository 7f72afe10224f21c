#include "devices/usb/sysfs_tty.h"

#include <algorithm>
#include <vector>

namespace kiosk::devices {
namespace {

bool isTtyName(const std::string& name) { return name.rfind("ttyACM", 0) == 0 || name.rfind("ttyUSB", 0) == 0; }

}  // namespace

std::optional<std::string> ttyForUsbDevice(const std::filesystem::path& usbDevicesDir, const std::string& sysfsName) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<std::string> found;
  // Interfaces of this device are its siblings named "<sysfsName>:<config>.<interface>".
  for (const auto& entry : fs::directory_iterator(usbDevicesDir, ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind(sysfsName + ":", 0) != 0) continue;
    for (const fs::path& dir : {entry.path(), entry.path() / "tty"}) {
      for (const auto& child : fs::directory_iterator(dir, ec)) {
        const std::string tty = child.path().filename().string();
        if (isTtyName(tty)) found.push_back(tty);
      }
    }
  }
  if (found.empty()) return std::nullopt;
  std::sort(found.begin(), found.end());  // several interfaces: the first tty is the printer's
  return "/dev/" + found.front();
}

}  // namespace kiosk::devices
