// WaitableLog: what worker threads hand to a test (statuses, frames), collected from any thread,
// with a wait for a condition on what arrived so far. StatusLog is one for WorkerStatus.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <vector>

#include "devices/core/worker_status.h"

namespace kiosk::test {

template <class T>
class WaitableLog {
 public:
  void push(T item) {
    {
      std::lock_guard lock(m_mutex);
      m_items.push_back(std::move(item));
    }
    m_changed.notify_all();
  }

  // Waits (at most `timeout`) until `done` holds for the items seen so far.
  bool waitFor(const std::function<bool(const std::vector<T>&)>& done,
               std::chrono::milliseconds timeout = std::chrono::seconds(2)) {
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, timeout, [&] { return done(m_items); });
  }

  std::vector<T> items() {
    std::lock_guard lock(m_mutex);
    return m_items;
  }

 private:
  std::mutex m_mutex;
  std::condition_variable m_changed;
  std::vector<T> m_items;
};

class StatusLog : public WaitableLog<devices::WorkerStatus> {
 public:
  devices::StatusSink sink() {
    return [this](devices::WorkerStatus status) { push(std::move(status)); };
  }
  std::vector<devices::WorkerStatus> statuses() { return items(); }
};

}  // namespace kiosk::test
