#include "kiosk/platform/systemd_notifier.h"

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstdlib>
#include <cstring>

#include <spdlog/spdlog.h>

namespace kiosk::platform {
namespace {

std::optional<std::chrono::microseconds> watchdogFromEnvironment() {
  const char* usec = std::getenv("WATCHDOG_USEC");
  if (!usec || !*usec) return std::nullopt;
  // WATCHDOG_PID names the process meant to ping; under cage it is cage's child, us.
  if (const char* pid = std::getenv("WATCHDOG_PID"); pid && *pid && std::atol(pid) != static_cast<long>(::getpid())) {
    return std::nullopt;
  }
  long long value = 0;
  const auto [end, error] = std::from_chars(usec, usec + std::strlen(usec), value);
  if (error != std::errc{} || *end != '\0' || value <= 0) return std::nullopt;
  return std::chrono::microseconds(value);
}

}  // namespace

std::optional<SystemdNotifier> SystemdNotifier::fromEnvironment() {
  const char* socket = std::getenv("NOTIFY_SOCKET");
  if (!socket || !*socket) return std::nullopt;
  return SystemdNotifier(socket, watchdogFromEnvironment());
}

SystemdNotifier::SystemdNotifier(std::string socketPath, std::optional<std::chrono::microseconds> watchdog)
    : m_socket(std::move(socketPath)), m_watchdog(watchdog) {}

tl::expected<void, std::string> SystemdNotifier::notify(std::string_view state) const {
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  if (m_socket.empty() || m_socket.size() >= sizeof address.sun_path) {
    return tl::unexpected("bad NOTIFY_SOCKET '" + m_socket + "'");
  }
  std::memcpy(address.sun_path, m_socket.data(), m_socket.size());
  if (m_socket.front() == '@') address.sun_path[0] = '\0';  // abstract namespace
  const auto length = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + m_socket.size());

  const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return tl::unexpected(std::string("socket: ") + std::strerror(errno));
  const ssize_t sent = ::sendto(fd, state.data(), state.size(), MSG_NOSIGNAL,
                                reinterpret_cast<const sockaddr*>(&address), length);
  const int error = errno;
  ::close(fd);
  if (sent < 0) return tl::unexpected(std::string("sendto ") + m_socket + ": " + std::strerror(error));
  return {};
}

std::optional<SystemdNotifier::Clock::time_point> SystemdNotifier::nextPingDue() const {
  if (!m_watchdog) return std::nullopt;
  if (!m_lastPing) return Clock::time_point{};  // at once
  return *m_lastPing + std::chrono::duration_cast<Clock::duration>(*m_watchdog / 2);
}

void SystemdNotifier::frameProduced(Clock::time_point now) {
  if (!m_ready) {
    m_ready = true;
    if (auto sent = notify("READY=1"); !sent) spdlog::warn("systemd: {}", sent.error());
  }
  const auto due = nextPingDue();
  if (!due || now < *due) return;
  m_lastPing = now;
  if (auto sent = notify("WATCHDOG=1"); !sent) spdlog::warn("systemd watchdog: {}", sent.error());
}

}  // namespace kiosk::platform
