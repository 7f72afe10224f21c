#include "engine_probe.h"

#include <algorithm>

namespace kiosk::test {

using namespace std::chrono_literals;
using namespace devices::marlin;

PrinterOptions testOptions() {
  PrinterOptions o;
  o.helloInterval = 500ms;
  o.reconnectInterval = 100ms;
  o.okTimeout = 1000ms;
  o.hotendWatchPeriod = 2000ms;
  o.bedWatchPeriod = 4000ms;
  return o;
}

std::string testGcode(int moves, const std::string& preamble) {
  std::string text = preamble + "G28\nG90\nM83\n;LAYER:0\nG1 Z0.2 F3000\n";
  for (int i = 0; i < moves; ++i) {
    if (i == moves / 2) text += ";LAYER:1\nG1 Z0.4\n";
    text += "G1 X" + std::to_string(50 + (i * 7) % 100) + " Y" + std::to_string(50 + (i * 13) % 100) +
            " E0.05 F30000\n";
  }
  return text;
}

std::shared_ptr<const PrintJob> testJob(int moves, const std::string& preamble) {
  return std::make_shared<PrintJob>(parsePrintJob("test", testGcode(moves, preamble)));
}

EngineProbe::EngineProbe(PrinterOptions options) {
  m_engine = std::make_unique<MarlinEngine>(
      std::move(options),
      [this](PrinterSnapshot s) {
        {
          std::lock_guard lock(m_mutex);
          m_snapshots.push_back(std::move(s));
        }
        m_changed.notify_all();
      },
      devices::StatusSink{},
      [this](std::string why) {
        std::lock_guard lock(m_mutex);
        m_rejections.push_back(std::move(why));
      });
  m_engine->start();
}

EngineProbe::~EngineProbe() { m_engine->stop(); }

bool EngineProbe::waitFor(const std::function<bool(const PrinterSnapshot&)>& done, std::chrono::milliseconds timeout) {
  std::unique_lock lock(m_mutex);
  return m_changed.wait_for(lock, timeout, [&] { return !m_snapshots.empty() && done(m_snapshots.back()); });
}

bool EngineProbe::waitReady(std::chrono::milliseconds timeout) {
  return waitFor([](const PrinterSnapshot& s) { return s.link == LinkState::Ready; }, timeout);
}

bool EngineProbe::waitJobEnd(std::chrono::milliseconds timeout) {
  return waitFor(
      [](const PrinterSnapshot& s) {
        return s.job == JobState::Completed || s.job == JobState::Cancelled || s.job == JobState::Failed;
      },
      timeout);
}

bool EngineProbe::ever(const std::function<bool(const PrinterSnapshot&)>& seen) {
  std::lock_guard lock(m_mutex);
  return std::any_of(m_snapshots.begin(), m_snapshots.end(), seen);
}

PrinterSnapshot EngineProbe::latest() {
  std::lock_guard lock(m_mutex);
  return m_snapshots.empty() ? PrinterSnapshot{} : m_snapshots.back();
}

std::vector<std::string> EngineProbe::rejections() {
  std::lock_guard lock(m_mutex);
  return m_rejections;
}

}  // namespace kiosk::test
