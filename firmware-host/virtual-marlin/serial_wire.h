// SerialWire: one direction of an 8N1 UART at `baud` (10 bits a byte), as a delay line. A byte put
// on the wire arrives one byte-time after the previous one finished, so a line of L bytes takes
// L*10/baud seconds whether the sender is windowed or ping-pong. baud 0 = instant.
#pragma once

#include <chrono>
#include <cstddef>
#include <deque>
#include <optional>
#include <string>
#include <string_view>

namespace pid::firmware {

class SerialWire {
 public:
  using Clock = std::chrono::steady_clock;
  explicit SerialWire(long baud);

  void push(std::string_view bytes, Clock::time_point now);
  // Up to `max` bytes whose transmission has completed by `now`, in order.
  [[nodiscard]] std::string popArrived(Clock::time_point now, std::size_t max);
  [[nodiscard]] std::size_t inTransit() const { return m_bytes.size(); }
  [[nodiscard]] std::optional<Clock::time_point> nextArrival() const;
  void clear();

 private:
  const Clock::duration m_byteTime;
  Clock::time_point m_free{};  // when the last byte on the wire finishes
  std::deque<char> m_bytes;
  std::deque<Clock::time_point> m_arrivals;
};

}  // namespace pid::firmware
