#include "kiosk/core/process_info.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace kiosk::core {

std::optional<std::chrono::milliseconds> processAge() {
  std::ifstream statFile("/proc/self/stat");
  std::string stat((std::istreambuf_iterator<char>(statFile)), std::istreambuf_iterator<char>());
  const auto close = stat.rfind(')');  // the command name may contain spaces
  if (close == std::string::npos) return std::nullopt;
  std::istringstream fields(stat.substr(close + 2));
  std::string field;
  // After "pid (comm) " the state is field 3; starttime is field 22.
  for (int i = 3; i < 22; ++i) fields >> field;
  unsigned long long startTicks = 0;
  if (!(fields >> startTicks)) return std::nullopt;
  double uptimeSeconds = 0;
  std::ifstream uptime("/proc/uptime");
  if (!(uptime >> uptimeSeconds)) return std::nullopt;
  const double ageSeconds = uptimeSeconds - static_cast<double>(startTicks) / static_cast<double>(sysconf(_SC_CLK_TCK));
  return std::chrono::milliseconds(static_cast<long long>(ageSeconds * 1000.0));
}

std::optional<long> residentSetKiB() {
  std::ifstream status("/proc/self/status");
  std::string key;
  while (status >> key) {
    if (key == "VmRSS:") {
      long kib = 0;
      if (status >> kib) return kib;
      return std::nullopt;
    }
    status.ignore(4096, '\n');
  }
  return std::nullopt;
}

std::optional<int> openFileDescriptors() {
  std::error_code ec;
  int count = 0;
  for (auto it = std::filesystem::directory_iterator("/proc/self/fd", ec); !ec && it != std::filesystem::directory_iterator();
       it.increment(ec)) {
    ++count;
  }
  if (ec) return std::nullopt;
  return count;
}

}  // namespace kiosk::core
