// FirmwareInfo: what M115 told us: "FIRMWARE_NAME:Marlin 2.1.2 ... EXTRUDER_COUNT:1" and "Cap:NAME:0|1".
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::devices::marlin {

struct FirmwareInfo {
  std::string name;                      // "Marlin 2.1.2.1 (virtual-marlin)"
  std::map<std::string, std::string> fields;  // PROTOCOL_VERSION, MACHINE_TYPE, EXTRUDER_COUNT, UUID...
  std::map<std::string, bool> capabilities;   // absent = not reported = unsupported
  bool advancedOk = false;               // seen "ok N.. P.. B.." replies (not a Cap: line in Marlin)

  [[nodiscard]] bool has(std::string_view cap) const;
  // Explicitly reported as 0 (absent is not "off": Prusa firmware does not report every cap).
  [[nodiscard]] bool reportsOff(std::string_view cap) const;
  [[nodiscard]] int extruderCount() const;
};

void applyFirmwareNameLine(FirmwareInfo& info, std::string_view line);
void applyCapabilityLine(FirmwareInfo& info, std::string_view line);

}  // namespace kiosk::devices::marlin
