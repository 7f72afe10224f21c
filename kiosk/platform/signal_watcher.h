// SignalWatcher: SIGTERM/SIGINT/SIGHUP become a clean quit of the UI loop (systemd stop,
// Ctrl+C). The signals are blocked in every thread and read from a signalfd by one
// thread that sleeps in poll() until a signal or shutdown arrives.
#pragma once

#include <functional>
#include <thread>

namespace kiosk::platform {

class SignalWatcher {
 public:
  // Must run before any other thread starts, so all of them inherit the blocked mask.
  static void blockTerminationSignals();

  explicit SignalWatcher(std::function<void(int signal)> onSignal);
  ~SignalWatcher();
  SignalWatcher(const SignalWatcher&) = delete;
  SignalWatcher& operator=(const SignalWatcher&) = delete;

 private:
  void run();

  std::function<void(int)> m_onSignal;
  int m_signalFd = -1;
  int m_stopFd = -1;
  std::thread m_thread;
};

}  // namespace kiosk::platform
