// LineFramer: bytes in, complete lines out. Accepts \n, \r\n and lone \r; drops NUL bytes (seen on
// connect); caps a runaway line so garbage without newlines cannot grow memory.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kiosk::devices {

class LineFramer {
 public:
  explicit LineFramer(std::size_t maxLine = 1024) : m_maxLine(maxLine) {}

  void feed(std::string_view bytes);
  [[nodiscard]] std::optional<std::string> next();
  void clear();

 private:
  std::size_t m_maxLine;
  std::string m_buffer;
  std::size_t m_scanned = 0;
};

}  // namespace kiosk::devices
