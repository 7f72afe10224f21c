#include "devices/serial/serial_port.h"

#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

#include "devices/serial/raw_termios2.h"

namespace kiosk::devices {
namespace {

std::string errnoText(const char* what) { return std::string(what) + ": " + std::strerror(errno); }

}  // namespace

Result<SerialPort> SerialPort::open(const std::string& path, long baud) {
  const int fd = ::open(path.c_str(), O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    const ErrorCode code = errno == ENOENT ? ErrorCode::NotFound : ErrorCode::Io;
    return fail(code, errnoText(("open " + path).c_str()));
  }
  SerialPort port(fd, path);
  if (::isatty(fd) == 0) return fail(ErrorCode::InvalidData, path + " is not a tty");
  (void)::ioctl(fd, TIOCEXCL);  // a second host (e.g. a stray pronsole) cannot open the printer meanwhile
  if (std::string problem = detail::configureRawTermios2(fd, baud); !problem.empty()) {
    return fail(ErrorCode::Io, path + ": " + problem);
  }
  ::tcflush(fd, TCIOFLUSH);  // stale bytes from before we opened are not the printer's answer to us
  return port;
}

SerialPort::SerialPort(SerialPort&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1)), m_path(std::move(other.m_path)), m_hangup(other.m_hangup) {}

SerialPort& SerialPort::operator=(SerialPort&& other) noexcept {
  if (this != &other) {
    close();
    m_fd = std::exchange(other.m_fd, -1);
    m_path = std::move(other.m_path);
    m_hangup = other.m_hangup;
  }
  return *this;
}

SerialPort::~SerialPort() { close(); }

void SerialPort::close() {
  if (m_fd >= 0) ::close(m_fd);
  m_fd = -1;
}

Result<std::size_t> SerialPort::write(std::string_view bytes) {
  if (m_fd < 0) return fail(ErrorCode::Closed, "port closed");
  const ssize_t n = ::write(m_fd, bytes.data(), bytes.size());
  if (n >= 0) return static_cast<std::size_t>(n);
  if (errno == EAGAIN || errno == EINTR) return std::size_t{0};
  if (errno == EIO || errno == ENXIO || errno == ENODEV) return fail(ErrorCode::Disconnected, errnoText("write"));
  return fail(ErrorCode::Io, errnoText("write"));
}

Result<std::string> SerialPort::read() {
  if (m_fd < 0) return fail(ErrorCode::Closed, "port closed");
  std::string out;
  char buffer[4096];
  while (true) {
    const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
    if (n > 0) {
      out.append(buffer, static_cast<std::size_t>(n));
      if (static_cast<std::size_t>(n) < sizeof buffer) return out;
      continue;
    }
    if (n == 0) {
      // Raw mode with VMIN=0 reads 0 when empty; after a hang-up it reads 0 for good.
      if (out.empty() && m_hangup) return fail(ErrorCode::Disconnected, m_path + " hung up");
      return out;
    }
    if (errno == EAGAIN || errno == EINTR) return out;
    if (errno == EIO || errno == ENXIO || errno == ENODEV) return fail(ErrorCode::Disconnected, errnoText("read"));
    return fail(ErrorCode::Io, errnoText("read"));
  }
}

Result<SerialPort::Readiness> SerialPort::wait(std::chrono::milliseconds timeout, bool wantWrite, int wakeFd) {
  if (m_fd < 0) return fail(ErrorCode::Closed, "port closed");
  pollfd fds[2] = {{m_fd, static_cast<short>(POLLIN | (wantWrite ? POLLOUT : 0)), 0}, {wakeFd, POLLIN, 0}};
  const int count = ::poll(fds, wakeFd >= 0 ? 2 : 1, static_cast<int>(timeout.count()));
  if (count < 0) {
    if (errno == EINTR) return Readiness{};
    return fail(ErrorCode::Io, errnoText("poll"));
  }
  Readiness r;
  m_hangup = (fds[0].revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
  if (m_hangup) {
    // HUP with data still queued: read it first, the next read reports the disconnect.
    if (!(fds[0].revents & POLLIN)) return fail(ErrorCode::Disconnected, m_path + " hung up");
  }
  r.readable = (fds[0].revents & POLLIN) != 0;
  r.writable = (fds[0].revents & POLLOUT) != 0;
  r.woken = wakeFd >= 0 && (fds[1].revents & POLLIN) != 0;
  return r;
}

}  // namespace kiosk::devices
