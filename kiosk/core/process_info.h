// Figures about this process from /proc, for start-up and soak measurements.
#pragma once

#include <chrono>
#include <optional>

namespace kiosk::core {

// Time since the kernel started this process (not since main()).
[[nodiscard]] std::optional<std::chrono::milliseconds> processAge();
[[nodiscard]] std::optional<long> residentSetKiB();
[[nodiscard]] std::optional<int> openFileDescriptors();

}  // namespace kiosk::core
