#include "kiosk/platform/signal_watcher.h"

#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <sys/eventfd.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <stdexcept>

namespace kiosk::platform {
namespace {

sigset_t terminationSignals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGHUP);
  return set;
}

}  // namespace

void SignalWatcher::blockTerminationSignals() {
  const sigset_t set = terminationSignals();
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

SignalWatcher::SignalWatcher(std::function<void(int)> onSignal) : m_onSignal(std::move(onSignal)) {
  const sigset_t set = terminationSignals();
  m_signalFd = signalfd(-1, &set, SFD_CLOEXEC);
  m_stopFd = eventfd(0, EFD_CLOEXEC);
  if (m_signalFd < 0 || m_stopFd < 0) throw std::runtime_error("signalfd/eventfd failed");
  m_thread = std::thread([this] { run(); });
}

SignalWatcher::~SignalWatcher() {
  const std::uint64_t one = 1;
  if (write(m_stopFd, &one, sizeof one) < 0) { /* the join below would hang: nothing better to do */ }
  m_thread.join();
  close(m_signalFd);
  close(m_stopFd);
}

void SignalWatcher::run() {
  pollfd fds[2] = {{m_signalFd, POLLIN, 0}, {m_stopFd, POLLIN, 0}};
  for (;;) {
    if (poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      return;
    }
    if (fds[1].revents) return;
    signalfd_siginfo info{};
    if (read(m_signalFd, &info, sizeof info) == sizeof info) m_onSignal(static_cast<int>(info.ssi_signo));
  }
}

}  // namespace kiosk::platform
