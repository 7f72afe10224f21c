#include "devices/serial/line_framer.h"

namespace kiosk::devices {

void LineFramer::feed(std::string_view bytes) {
  for (const char c : bytes) {
    if (c != '\0') m_buffer.push_back(c);
  }
}

std::optional<std::string> LineFramer::next() {
  while (true) {
    const auto eol = m_buffer.find_first_of("\r\n", m_scanned);
    // A runaway line is cut at m_maxLine whether its newline came in the same read or not
    // (found by tests/fuzz/marlin_reply_fuzz: one big read returned it whole).
    if ((eol == std::string::npos || eol > m_maxLine) && m_buffer.size() > m_maxLine) {
      std::string line = m_buffer.substr(0, m_maxLine);
      m_buffer.erase(0, m_maxLine);
      m_scanned = 0;
      return line;
    }
    if (eol == std::string::npos) {
      m_scanned = m_buffer.size();
      return std::nullopt;
    }
    std::string line = m_buffer.substr(0, eol);
    std::size_t skip = eol + 1;
    if (m_buffer[eol] == '\r' && skip < m_buffer.size() && m_buffer[skip] == '\n') ++skip;
    m_buffer.erase(0, skip);
    m_scanned = 0;
    if (line.empty()) continue;  // "\r\n" split over two reads, or blank lines
    return line;
  }
}

void LineFramer::clear() {
  m_buffer.clear();
  m_scanned = 0;
}

}  // namespace kiosk::devices
