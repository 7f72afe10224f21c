// SerialPort over a real pty: raw mode at 250000 baud (termios2), non-blocking reads, hang-up detection.
#include "devices/serial/serial_port.h"

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include <chrono>
#include <string>

#include <gtest/gtest.h>

namespace kiosk::devices {
namespace {

using namespace std::chrono_literals;

struct Pty {
  Pty() {
    master = ::posix_openpt(O_RDWR | O_NOCTTY);
    EXPECT_GE(master, 0);
    EXPECT_EQ(::grantpt(master), 0);
    EXPECT_EQ(::unlockpt(master), 0);
    slave = ::ptsname(master);
  }
  ~Pty() {
    if (master >= 0) ::close(master);
  }
  int master = -1;
  std::string slave;
};

TEST(SerialPort, OpensAPtyAtANonStandardBaudInRawMode) {
  Pty pty;
  auto port = SerialPort::open(pty.slave, 250000);
  ASSERT_TRUE(port) << port.error().message;
  // Raw: "\r\n" arrives untouched and nothing is echoed back.
  ASSERT_EQ(::write(pty.master, "ok\r\n", 4), 4);
  auto ready = port->wait(1000ms, false);
  ASSERT_TRUE(ready);
  EXPECT_TRUE(ready->readable);
  auto bytes = port->read();
  ASSERT_TRUE(bytes);
  EXPECT_EQ(*bytes, "ok\r\n");
  auto written = port->write("N1 M105*38\n");
  ASSERT_TRUE(written);
  EXPECT_EQ(*written, 11u);
  char buffer[64];
  const ssize_t n = ::read(pty.master, buffer, sizeof buffer);
  EXPECT_EQ(std::string(buffer, static_cast<std::size_t>(n)), "N1 M105*38\n");
}

TEST(SerialPort, NothingToReadIsNotAnError) {
  Pty pty;
  auto port = SerialPort::open(pty.slave, 115200);
  ASSERT_TRUE(port);
  auto bytes = port->read();
  ASSERT_TRUE(bytes);
  EXPECT_TRUE(bytes->empty());
  auto ready = port->wait(20ms, false);
  ASSERT_TRUE(ready);
  EXPECT_FALSE(ready->readable);
}

TEST(SerialPort, ClosingTheOtherEndIsADisconnect) {
  Pty pty;
  auto port = SerialPort::open(pty.slave, 115200);
  ASSERT_TRUE(port);
  ::close(pty.master);
  pty.master = -1;
  auto ready = port->wait(1000ms, false);
  Result<std::string> bytes = ready ? port->read() : tl::unexpected(ready.error());
  ASSERT_FALSE(bytes);
  EXPECT_EQ(bytes.error().code, ErrorCode::Disconnected);
}

TEST(SerialPort, MissingDeviceIsNotFound) {
  auto port = SerialPort::open("/nonexistent/ttyACM9", 115200);
  ASSERT_FALSE(port);
  EXPECT_EQ(port.error().code, ErrorCode::NotFound);
}

}  // namespace
}  // namespace kiosk::devices
