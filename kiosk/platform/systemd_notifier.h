// SystemdNotifier: the sd_notify protocol without libsystemd (one datagram per message to
// $NOTIFY_SOCKET), for Type=notify and the watchdog. The kiosk pings only from its main
// loop after a frame was produced, so a hung GL driver, decoder or UI stops the pings and
// systemd restarts it.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include <tl/expected.hpp>

namespace kiosk::platform {

class SystemdNotifier {
 public:
  using Clock = std::chrono::steady_clock;

  // From $NOTIFY_SOCKET, $WATCHDOG_USEC and $WATCHDOG_PID; nullopt when not started by
  // systemd with a notify socket (then the kiosk behaves exactly as without it).
  [[nodiscard]] static std::optional<SystemdNotifier> fromEnvironment();
  SystemdNotifier(std::string socketPath, std::optional<std::chrono::microseconds> watchdog);

  // "READY=1", "WATCHDOG=1", "STATUS=..."; the error says why the datagram was not sent.
  [[nodiscard]] tl::expected<void, std::string> notify(std::string_view state) const;

  // The watchdog period systemd expects pings within; nullopt when WatchdogSec is unset.
  [[nodiscard]] std::optional<std::chrono::microseconds> watchdog() const { return m_watchdog; }
  // Ping at half the period (systemd's advice), so one slow frame does not kill the kiosk.
  [[nodiscard]] std::optional<Clock::time_point> nextPingDue() const;
  // Called after each frame: sends WATCHDOG=1 when due, READY=1 after the first frame.
  void frameProduced(Clock::time_point now);

 private:
  std::string m_socket;  // a path, or "@name" for the abstract namespace
  std::optional<std::chrono::microseconds> m_watchdog;
  std::optional<Clock::time_point> m_lastPing;
  bool m_ready = false;
};

}  // namespace kiosk::platform
