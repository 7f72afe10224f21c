#include "firmware-host/virtual-marlin/pty_port.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

#include <utility>

namespace pid::firmware {

std::optional<PtyPort> PtyPort::create(const std::string& linkPath, std::string& error) {
  const int fd = ::posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0 || ::grantpt(fd) != 0 || ::unlockpt(fd) != 0) {
    error = std::string("posix_openpt: ") + std::strerror(errno);
    if (fd >= 0) ::close(fd);
    return std::nullopt;
  }
  char name[128];
  if (::ptsname_r(fd, name, sizeof name) != 0) {
    error = std::string("ptsname: ") + std::strerror(errno);
    ::close(fd);
    return std::nullopt;
  }
  // Raw on the pty pair from the start: no echo of what the host sends, no CR/LF rewriting.
  termios tio{};
  if (::tcgetattr(fd, &tio) == 0) {
    ::cfmakeraw(&tio);
    ::tcsetattr(fd, TCSANOW, &tio);
  }
  ::unlink(linkPath.c_str());
  if (::symlink(name, linkPath.c_str()) != 0) {
    error = "symlink " + linkPath + ": " + std::strerror(errno);
    ::close(fd);
    return std::nullopt;
  }
  return PtyPort(fd, name, linkPath);
}

PtyPort::PtyPort(PtyPort&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1)), m_slave(std::move(other.m_slave)), m_link(std::move(other.m_link)) {}

PtyPort& PtyPort::operator=(PtyPort&& other) noexcept {
  if (this != &other) {
    close();
    m_fd = std::exchange(other.m_fd, -1);
    m_slave = std::move(other.m_slave);
    m_link = std::move(other.m_link);
  }
  return *this;
}

PtyPort::~PtyPort() { close(); }

void PtyPort::close() {
  if (m_fd < 0) return;
  ::unlink(m_link.c_str());
  ::close(m_fd);
  m_fd = -1;
}

}  // namespace pid::firmware
