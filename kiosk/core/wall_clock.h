// WallClock: the local time of day the kiosk acts on (display schedule, usage days). Tests
// start it at a chosen time with --now; it then runs on in real time from there.
#pragma once

#include <chrono>
#include <ctime>
#include <optional>
#include <string_view>

namespace kiosk::core {

class WallClock {
 public:
  WallClock() = default;
  [[nodiscard]] static WallClock startingAt(std::time_t start);

  [[nodiscard]] std::time_t now() const;
  [[nodiscard]] bool overridden() const { return m_offset != std::chrono::system_clock::duration::zero(); }

 private:
  std::chrono::system_clock::duration m_offset{};
};

// "YYYY-MM-DDTHH:MM" (or with a space, optional ":SS") as local time; nullopt when malformed.
[[nodiscard]] std::optional<std::time_t> parseLocalDateTime(std::string_view text);

}  // namespace kiosk::core
