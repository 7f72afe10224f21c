#include "firmware-host/virtual-marlin/serial_wire.h"

#include <algorithm>

namespace pid::firmware {

SerialWire::SerialWire(long baud)
    : m_byteTime(baud > 0 ? std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(10.0 / baud))
                          : Clock::duration::zero()) {}

void SerialWire::push(std::string_view bytes, Clock::time_point now) {
  for (const char c : bytes) {
    m_free = std::max(m_free, now) + m_byteTime;
    m_bytes.push_back(c);
    m_arrivals.push_back(m_free);
  }
}

std::string SerialWire::popArrived(Clock::time_point now, std::size_t max) {
  std::string out;
  while (!m_bytes.empty() && out.size() < max && m_arrivals.front() <= now) {
    out.push_back(m_bytes.front());
    m_bytes.pop_front();
    m_arrivals.pop_front();
  }
  return out;
}

std::optional<SerialWire::Clock::time_point> SerialWire::nextArrival() const {
  if (m_arrivals.empty()) return std::nullopt;
  return m_arrivals.front();
}

void SerialWire::clear() {
  m_bytes.clear();
  m_arrivals.clear();
}

}  // namespace pid::firmware
