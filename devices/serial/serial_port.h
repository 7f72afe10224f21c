// SerialPort: a tty (USB CDC-ACM, FTDI, or a pty in tests) in raw 8N1, non-blocking. The owner
// thread waits with poll() through wait(), so one loop serves reading, writing and timers.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>

#include "devices/core/error.h"

namespace kiosk::devices {

class SerialPort {
 public:
  // Opens exclusively (TIOCEXCL) and configures raw mode at `baud` (any rate, via termios2).
  [[nodiscard]] static Result<SerialPort> open(const std::string& path, long baud);

  SerialPort(SerialPort&& other) noexcept;
  SerialPort& operator=(SerialPort&& other) noexcept;
  SerialPort(const SerialPort&) = delete;
  SerialPort& operator=(const SerialPort&) = delete;
  ~SerialPort();

  // Writes what the kernel takes now; returns the byte count (maybe 0). Disconnected on EIO/HUP.
  [[nodiscard]] Result<std::size_t> write(std::string_view bytes);
  // Reads what is available (maybe nothing). Disconnected on EIO/HUP.
  [[nodiscard]] Result<std::string> read();

  struct Readiness {
    bool readable = false;
    bool writable = false;
    bool woken = false;  // wakeFd became readable
  };
  // poll(): waits until readable, writable (if `wantWrite`), `wakeFd` readable, or the timeout.
  [[nodiscard]] Result<Readiness> wait(std::chrono::milliseconds timeout, bool wantWrite, int wakeFd = -1);

  void close();
  [[nodiscard]] bool isOpen() const { return m_fd >= 0; }
  [[nodiscard]] const std::string& path() const { return m_path; }

 private:
  SerialPort(int fd, std::string path) : m_fd(fd), m_path(std::move(path)) {}

  int m_fd = -1;
  std::string m_path;
  bool m_hangup = false;  // poll() saw POLLHUP: a read of 0 bytes now means the other end is gone
};

}  // namespace kiosk::devices
