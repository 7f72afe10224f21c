// PtyPort: the printer's end of a pseudo-terminal (the master), with the slave published at a stable
// symlink, like /dev/serial/by-id/... for a real printer. The slave is raw 8N1; its baud is ignored.
#pragma once

#include <optional>
#include <string>

namespace pid::firmware {

class PtyPort {
 public:
  static std::optional<PtyPort> create(const std::string& linkPath, std::string& error);
  PtyPort(PtyPort&& other) noexcept;
  PtyPort& operator=(PtyPort&& other) noexcept;
  PtyPort(const PtyPort&) = delete;
  ~PtyPort();

  [[nodiscard]] int fd() const { return m_fd; }
  [[nodiscard]] const std::string& slavePath() const { return m_slave; }
  // Closes the master (the host sees EIO/HUP) and removes the link: a USB cable pulled out.
  void close();

 private:
  PtyPort(int fd, std::string slave, std::string link) : m_fd(fd), m_slave(std::move(slave)), m_link(std::move(link)) {}
  int m_fd = -1;
  std::string m_slave;
  std::string m_link;
};

}  // namespace pid::firmware
