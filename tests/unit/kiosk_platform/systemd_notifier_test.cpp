// The sd_notify datagrams the kiosk sends, read back from a socket the test owns.
#include "kiosk/platform/systemd_notifier.h"

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace kiosk::platform {
namespace {

using namespace std::chrono_literals;

// A datagram socket standing in for systemd's notify socket.
class FakeSystemd {
 public:
  explicit FakeSystemd(std::string name) : m_name(std::move(name)) {
    m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    std::memcpy(address.sun_path, m_name.data(), m_name.size());
    if (m_name.front() == '@') address.sun_path[0] = '\0';
    const auto length = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + m_name.size());
    EXPECT_EQ(::bind(m_fd, reinterpret_cast<const sockaddr*>(&address), length), 0) << std::strerror(errno);
  }
  ~FakeSystemd() {
    ::close(m_fd);
    if (m_name.front() != '@') std::filesystem::remove(m_name);
  }
  std::vector<std::string> received() {
    std::vector<std::string> out;
    char buffer[256];
    for (ssize_t n; (n = ::recv(m_fd, buffer, sizeof buffer, 0)) > 0;) out.emplace_back(buffer, static_cast<std::size_t>(n));
    return out;
  }
  const std::string& name() const { return m_name; }

 private:
  std::string m_name;
  int m_fd = -1;
};

std::string uniqueName(const char* tag) {
  return (std::filesystem::temp_directory_path() / (std::string(tag) + std::to_string(::getpid()))).string();
}

TEST(SystemdNotifier, AbsentWithoutNotifySocket) {
  ::unsetenv("NOTIFY_SOCKET");
  EXPECT_FALSE(SystemdNotifier::fromEnvironment());
}

TEST(SystemdNotifier, ReadsWatchdogPeriodMeantForThisProcess) {
  ::setenv("NOTIFY_SOCKET", "@kiosk-test", 1);
  ::setenv("WATCHDOG_USEC", "30000000", 1);
  ::setenv("WATCHDOG_PID", std::to_string(::getpid()).c_str(), 1);
  auto notifier = SystemdNotifier::fromEnvironment();
  ASSERT_TRUE(notifier);
  EXPECT_EQ(notifier->watchdog(), std::chrono::microseconds(30'000'000));
  ::setenv("WATCHDOG_PID", "1", 1);  // meant for another process (cage itself)
  EXPECT_FALSE(SystemdNotifier::fromEnvironment()->watchdog());
  ::setenv("WATCHDOG_PID", std::to_string(::getpid()).c_str(), 1);
  ::setenv("WATCHDOG_USEC", "soon", 1);
  EXPECT_FALSE(SystemdNotifier::fromEnvironment()->watchdog()) << "a malformed value disables, never crashes";
  for (const char* name : {"NOTIFY_SOCKET", "WATCHDOG_USEC", "WATCHDOG_PID"}) ::unsetenv(name);
}

TEST(SystemdNotifier, ReadyAfterTheFirstFrameThenPingsAtHalfThePeriod) {
  FakeSystemd systemd(uniqueName("notify-"));
  SystemdNotifier notifier(systemd.name(), 10s);
  const auto start = SystemdNotifier::Clock::now();
  notifier.frameProduced(start);
  EXPECT_EQ(systemd.received(), (std::vector<std::string>{"READY=1", "WATCHDOG=1"}));
  notifier.frameProduced(start + 4s);  // frames in between do not ping again
  EXPECT_TRUE(systemd.received().empty());
  EXPECT_EQ(notifier.nextPingDue(), start + 5s);
  notifier.frameProduced(start + 5s);
  EXPECT_EQ(systemd.received(), std::vector<std::string>{"WATCHDOG=1"});
}

TEST(SystemdNotifier, AbstractSocketNamesWork) {
  FakeSystemd systemd("@kiosk-notify-" + std::to_string(::getpid()));
  SystemdNotifier notifier(systemd.name(), std::nullopt);
  ASSERT_TRUE(notifier.notify("STATUS=ok"));
  EXPECT_EQ(systemd.received(), std::vector<std::string>{"STATUS=ok"});
  EXPECT_FALSE(notifier.nextPingDue()) << "no watchdog configured";
}

TEST(SystemdNotifier, MissingSocketIsAnErrorValue) {
  SystemdNotifier notifier(uniqueName("no-such-socket-"), std::nullopt);
  const auto sent = notifier.notify("READY=1");
  ASSERT_FALSE(sent);
  EXPECT_NE(sent.error().find("sendto"), std::string::npos) << sent.error();
}

}  // namespace
}  // namespace kiosk::platform
