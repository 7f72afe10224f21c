// EngineProbe: a MarlinEngine with test-sized timeouts whose snapshots can be waited for.
#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "devices/marlin/marlin_engine.h"

namespace kiosk::test {

using devices::marlin::PrinterSnapshot;

[[nodiscard]] devices::marlin::PrinterOptions testOptions();
// "G28", "G90", "M83", then `moves` short G1 moves inside the bed; `preamble` goes first.
[[nodiscard]] std::string testGcode(int moves, const std::string& preamble = {});
[[nodiscard]] std::shared_ptr<const devices::marlin::PrintJob> testJob(int moves, const std::string& preamble = {});

class EngineProbe {
 public:
  explicit EngineProbe(devices::marlin::PrinterOptions options = testOptions());
  ~EngineProbe();

  devices::marlin::MarlinEngine& engine() { return *m_engine; }
  // Waits until a snapshot satisfies `done`; true if one did in time.
  bool waitFor(const std::function<bool(const PrinterSnapshot&)>& done, std::chrono::milliseconds timeout);
  bool waitReady(std::chrono::milliseconds timeout = std::chrono::milliseconds(5000));
  bool waitJobEnd(std::chrono::milliseconds timeout);
  // True if any snapshot so far satisfied `seen`.
  bool ever(const std::function<bool(const PrinterSnapshot&)>& seen);
  PrinterSnapshot latest();
  std::vector<std::string> rejections();

 private:
  std::mutex m_mutex;
  std::condition_variable m_changed;
  std::vector<PrinterSnapshot> m_snapshots;
  std::vector<std::string> m_rejections;
  std::unique_ptr<devices::marlin::MarlinEngine> m_engine;
};

}  // namespace kiosk::test
