#include "devices/core/worker.h"

#include <exception>

namespace kiosk::devices {

Worker::Worker(std::string name, StatusSink sink) : m_name(std::move(name)), m_sink(std::move(sink)) {}

Worker::~Worker() {
  // Subclasses must call stop() in their own destructor: by now their members are gone.
  stop();
}

void Worker::start() {
  if (m_thread.joinable()) return;
  m_thread = std::jthread([this](std::stop_token stop) { threadMain(stop); });
}

void Worker::stop() {
  if (!m_thread.joinable()) return;
  m_thread.request_stop();
  m_sleepCv.notify_all();
  m_thread.join();
}

void Worker::publish(WorkerState state, std::string detail) {
  if (!m_sink) return;
  m_sink(WorkerStatus{m_name, state, std::move(detail), ++m_sequence, std::chrono::steady_clock::now()});
}

void Worker::setActive(bool active) {
  {
    std::lock_guard lock(m_sleepMutex);
    m_active = active;
  }
  m_sleepCv.notify_all();
}

bool Worker::sleepFor(std::stop_token stop, std::chrono::milliseconds duration) {
  std::unique_lock lock(m_sleepMutex);
  // A pause cuts the sleep short, so a paused camera is closed at once; the stop token itself
  // says whether a stop ended it.
  const bool wasActive = m_active;
  (void)m_sleepCv.wait_for(lock, stop, duration, [&] { return m_active != wasActive; });
  return !stop.stop_requested();
}

bool Worker::waitUntilActive(std::stop_token stop) {
  std::unique_lock lock(m_sleepMutex);
  // Published under the lock, so a pause and resume racing this check cannot leave a parked
  // worker showing Running; the sink only queues the status.
  if (!m_active && !stop.stop_requested()) publish(WorkerState::Stopped, "paused");
  return m_sleepCv.wait(lock, stop, [this] { return m_active.load(); }) && !stop.stop_requested();
}

void Worker::threadMain(std::stop_token stop) {
  publish(WorkerState::Starting, {});
  try {
    run(stop);
    publish(WorkerState::Stopped, {});
  } catch (const std::exception& e) {
    publish(WorkerState::Failed, e.what());
  } catch (...) {
    publish(WorkerState::Failed, "unknown exception");
  }
}

}  // namespace kiosk::devices
