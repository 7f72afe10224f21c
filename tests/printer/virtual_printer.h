// VirtualPrinter: runs build/bin/virtual-marlin on a fresh pty for one test, and reads back what the
// printer executed (its trace) and counted (its JSON stats) as the ground truth.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace kiosk::test {

class VirtualPrinter {
 public:
  // `args` are extra command-line options, e.g. {"--faults", "corrupt=0.05"}.
  explicit VirtualPrinter(std::vector<std::string> args = {});
  ~VirtualPrinter();
  VirtualPrinter(const VirtualPrinter&) = delete;
  VirtualPrinter& operator=(const VirtualPrinter&) = delete;

  [[nodiscard]] const std::string& link() const { return m_link; }
  // SIGTERM and wait; the stats file is complete afterwards. Idempotent.
  void stop();
  [[nodiscard]] bool running();

  // Every trace line: "N<n> <cmd>", "- <cmd>" (unnumbered) or "# <event>".
  [[nodiscard]] std::vector<std::string> trace() const;
  // Commands of the numbered and unnumbered lines executed, in order, without the N prefix.
  [[nodiscard]] std::vector<std::string> executed() const;
  // Waits until the trace has `line` (the printer got there); false after `timeout`.
  bool waitForTrace(const std::string& line, std::chrono::milliseconds timeout) const;
  // A number from the JSON stats written on exit, e.g. stat("resends").
  [[nodiscard]] double stat(const std::string& key) const;

 private:
  std::filesystem::path m_dir;
  std::string m_link;
  pid_t m_pid = -1;
};

}  // namespace kiosk::test
