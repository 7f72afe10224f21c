#include "devices/marlin/firmware_info.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace kiosk::devices::marlin {

bool FirmwareInfo::has(std::string_view cap) const {
  const auto it = capabilities.find(std::string(cap));
  return it != capabilities.end() && it->second;
}

bool FirmwareInfo::reportsOff(std::string_view cap) const {
  const auto it = capabilities.find(std::string(cap));
  return it != capabilities.end() && !it->second;
}

int FirmwareInfo::extruderCount() const {
  const auto it = fields.find("EXTRUDER_COUNT");
  if (it == fields.end()) return 1;
  const int n = std::atoi(it->second.c_str());
  return n > 0 ? n : 1;
}

void applyFirmwareNameLine(FirmwareInfo& info, std::string_view line) {
  // Values may contain spaces ("Marlin 2.1.2 (Jul 20)"), so split at the KEY: markers instead.
  static const std::vector<std::string> kKeys = {"FIRMWARE_NAME:", "SOURCE_CODE_URL:", "PROTOCOL_VERSION:",
                                                 "MACHINE_TYPE:", "EXTRUDER_COUNT:", "UUID:", "FIRMWARE_URL:"};
  std::vector<std::pair<std::size_t, std::string>> marks;
  for (const auto& key : kKeys) {
    const auto at = line.find(key);
    if (at != std::string_view::npos) marks.emplace_back(at, key);
  }
  std::sort(marks.begin(), marks.end());
  for (std::size_t i = 0; i < marks.size(); ++i) {
    const std::size_t from = marks[i].first + marks[i].second.size();
    const std::size_t to = i + 1 < marks.size() ? marks[i + 1].first : line.size();
    std::string value(line.substr(from, to - from));
    while (!value.empty() && value.back() == ' ') value.pop_back();
    const std::string key = marks[i].second.substr(0, marks[i].second.size() - 1);
    if (key == "FIRMWARE_NAME") info.name = value;
    else info.fields[key] = value;
  }
}

void applyCapabilityLine(FirmwareInfo& info, std::string_view line) {
  if (line.substr(0, 4) != "Cap:") return;
  line.remove_prefix(4);
  const auto colon = line.rfind(':');
  if (colon == std::string_view::npos) return;
  std::string_view value = line.substr(colon + 1);
  while (!value.empty() && value.back() == ' ') value.remove_suffix(1);
  info.capabilities[std::string(line.substr(0, colon))] = value == "1";
}

}  // namespace kiosk::devices::marlin
