// Mailbox<T>: many worker threads post, the UI thread drains. Bounded, so a runaway
// producer cannot eat memory during months of uptime; when full the oldest message is
// dropped and counted. The wake callback runs only when the box turns non-empty, so a
// burst of posts costs the UI one wake-up, not one per message.
#pragma once

#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <utility>
#include <vector>

namespace kiosk::devices {

template <class T>
class Mailbox {
 public:
  using Wake = std::function<void()>;

  explicit Mailbox(Wake wake, std::size_t capacity = 4096) : m_wake(std::move(wake)), m_capacity(capacity) {}

  Mailbox(const Mailbox&) = delete;
  Mailbox& operator=(const Mailbox&) = delete;

  // Returns false once closed: the message is discarded and the caller should stop.
  bool post(T message) {
    bool wasEmpty = false;
    {
      std::lock_guard lock(m_mutex);
      if (m_closed) return false;
      wasEmpty = m_messages.empty();
      if (m_messages.size() >= m_capacity) {
        m_messages.pop_front();
        ++m_dropped;
      }
      m_messages.push_back(std::move(message));
    }
    if (wasEmpty && m_wake) m_wake();
    return true;
  }

  [[nodiscard]] std::vector<T> drain() {
    std::lock_guard lock(m_mutex);
    std::vector<T> out(std::make_move_iterator(m_messages.begin()), std::make_move_iterator(m_messages.end()));
    m_messages.clear();
    return out;
  }

  // After close() every post() fails; what is queued can still be drained.
  void close() {
    std::lock_guard lock(m_mutex);
    m_closed = true;
  }

  [[nodiscard]] std::size_t dropped() const {
    std::lock_guard lock(m_mutex);
    return m_dropped;
  }

 private:
  Wake m_wake;
  const std::size_t m_capacity;
  mutable std::mutex m_mutex;
  std::deque<T> m_messages;
  std::size_t m_dropped = 0;
  bool m_closed = false;
};

}  // namespace kiosk::devices
