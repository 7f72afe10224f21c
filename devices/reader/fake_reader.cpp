#include "devices/reader/fake_reader.h"

namespace kiosk::devices::reader {

FakeReaderWorker::FakeReaderWorker(std::string source, std::vector<ScriptStep> steps, ScanSink scans,
                                   StatusSink status, bool loop)
    : Worker("reader", std::move(status)),
      m_source(std::move(source)),
      m_steps(std::move(steps)),
      m_scans(std::move(scans)),
      m_loop(loop) {}

FakeReaderWorker::~FakeReaderWorker() { stop(); }

void FakeReaderWorker::run(std::stop_token stop) {
  publish(WorkerState::Running, "reader " + m_source + " ready");
  // A looping script without any pause would spin: give each round at least a second.
  const bool canLoop = m_loop && !m_steps.empty();
  do {
    std::chrono::milliseconds round{0};
    for (const ScriptStep& step : m_steps) {
      if (step.wait.count() > 0 && !sleepFor(stop, step.wait)) return;
      round += step.wait;
      if (stop.stop_requested()) return;
      if (!step.scan.empty() && m_scans) m_scans(ScanEvent{step.scan, m_source, ReaderClock::now()});
    }
    if (canLoop && round < std::chrono::seconds(1) && !sleepFor(stop, std::chrono::seconds(1) - round)) return;
  } while (canLoop && !stop.stop_requested());
  publish(WorkerState::Running, "reader " + m_source + " finished");
  while (sleepFor(stop, std::chrono::hours(1))) {
  }
}

}  // namespace kiosk::devices::reader
