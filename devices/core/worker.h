// Worker: one background thread with a cooperative stop. Subclasses implement run();
// an exception escaping run() is caught here and reported, never crosses the thread.
#pragma once

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <stop_token>
#include <string>
#include <thread>

#include "devices/core/worker_status.h"

namespace kiosk::devices {

class Worker {
 public:
  Worker(std::string name, StatusSink sink);
  virtual ~Worker();

  Worker(const Worker&) = delete;
  Worker& operator=(const Worker&) = delete;

  void start();
  // Requests a stop, wakes sleepFor(), joins. Idempotent; called by the destructor too.
  void stop();
  // Pauses or resumes a worker whose run() waits in waitUntilActive(). Pausing instead of ending
  // keeps the thread, and what libraries keep per thread: OpenCV 4.6 never frees its per-thread
  // data when a thread ends (~1.6 KB for each start of the AR demo's two threads).
  void setActive(bool active);

  [[nodiscard]] const std::string& name() const { return m_name; }

 protected:
  virtual void run(std::stop_token stop) = 0;

  void publish(WorkerState state, std::string detail);
  // Sleeps up to `duration`, less if paused meanwhile; returns false as soon as a stop is requested.
  bool sleepFor(std::stop_token stop, std::chrono::milliseconds duration);
  // Blocks while paused (no CPU), having published Stopped "paused" so the staff dashboard shows a
  // parked worker as such; returns false once a stop is requested.
  bool waitUntilActive(std::stop_token stop);
  [[nodiscard]] bool active() const { return m_active.load(); }

 private:
  void threadMain(std::stop_token stop);

  const std::string m_name;
  StatusSink m_sink;
  std::uint64_t m_sequence = 0;
  std::mutex m_sleepMutex;
  std::condition_variable_any m_sleepCv;
  std::atomic<bool> m_active{true};
  std::jthread m_thread;
};

}  // namespace kiosk::devices
