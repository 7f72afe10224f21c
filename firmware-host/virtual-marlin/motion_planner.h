// MotionPlanner: Marlin's block buffer, reduced to what the host can feel. Each block runs for
// distance / feed rate (simulated seconds), back to back. When the buffer runs dry after a move and
// a later move arrives, that gap is a starvation: the print head stopped because the host was late.
// Gaps the firmware made on purpose (G4, M400, G28, M109...) are excluded with expectDrain().
#pragma once

#include <cstddef>
#include <deque>
#include <optional>

namespace pid::firmware {

class MotionPlanner {
 public:
  explicit MotionPlanner(std::size_t capacity) : m_capacity(capacity) {}

  [[nodiscard]] bool full() const { return m_blocks.size() >= m_capacity; }
  [[nodiscard]] bool empty() const { return m_blocks.empty(); }
  [[nodiscard]] std::size_t freeBlocks() const { return m_capacity - m_blocks.size(); }

  // Runs the blocks whose time has come.
  void advance(double now);
  void add(double durationS, double now);
  // The next empty-buffer gap is intended (a synchronising command), so it is not a starvation.
  void expectDrain();
  void clear();

  [[nodiscard]] long starvations() const { return m_starvations; }
  [[nodiscard]] double starvedSeconds() const { return m_starvedSeconds; }
  [[nodiscard]] std::size_t maxDepth() const { return m_maxDepth; }
  [[nodiscard]] double busySeconds() const { return m_busySeconds; }

 private:
  const std::size_t m_capacity;
  std::deque<double> m_blocks;  // durations; front is running and ends at m_headEnd
  double m_headEnd = 0;
  std::optional<double> m_emptySince;
  long m_starvations = 0;
  double m_starvedSeconds = 0;
  double m_busySeconds = 0;
  std::size_t m_maxDepth = 0;
};

}  // namespace pid::firmware
