// Raw 8N1 at any baud rate through the Linux termios2 ioctl (BOTHER), so 250000 works like 115200.
// Kept apart because <asm/termbits.h> and <termios.h> cannot share a translation unit.
#pragma once

#include <string>

namespace kiosk::devices::detail {

// Returns an empty string on success, else the reason. A pty accepts any rate and ignores it.
[[nodiscard]] std::string configureRawTermios2(int fd, long baud);

}  // namespace kiosk::devices::detail
