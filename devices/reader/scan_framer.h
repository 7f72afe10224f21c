// ScanFramer: key presses in, whole scans out. A reader types a scan in a few milliseconds and ends it
// with Enter (or Tab); some send no terminator at all, so a pause longer than the inter-key timeout
// also ends a scan. Whatever is not a clean scan is dropped with a reason, never passed on:
// a control key inside it, more than maxBytes, or more scans per window than a person can present.
// Pure: no clock of its own, the caller passes `now` (tests use a fake one).
#pragma once

#include <chrono>
#include <cstddef>
#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "devices/reader/key_decoder.h"
#include "devices/reader/scan_event.h"

namespace kiosk::devices::reader {

struct FramerOptions {
  // Readers type at 1-20 ms per key; people rarely under 80 ms. 50 ms also separates two scans.
  std::chrono::milliseconds interKeyTimeout{50};
  bool enterTerminates = true;
  bool tabTerminates = true;
  // true: a pause ends the scan (readers without a terminator); false: the partial scan is dropped.
  bool timeoutEndsScan = true;
  std::size_t maxBytes = 4096;
  std::size_t burstMaxScans = 5;  // at most this many scans ...
  std::chrono::milliseconds burstWindow{1000};  // ... within this window; the rest are dropped
};

class ScanFramer {
 public:
  using TimePoint = ReaderClock::time_point;

  ScanFramer(std::string source, FramerOptions options);

  // One key press at `now`. A scan left open longer than the timeout is closed first.
  [[nodiscard]] std::vector<ScanOutcome> key(const KeyEvent& key, TimePoint now);
  // A report arrived at `now`, whether or not it completed a key: an Alt+numpad character takes ten
  // reports before it is one key, and those must not count as a pause. Closes a timed-out scan first.
  [[nodiscard]] std::vector<ScanOutcome> activity(TimePoint now);
  // Closes an open scan whose last key is older than the timeout. Call it by nextDeadline().
  [[nodiscard]] std::vector<ScanOutcome> tick(TimePoint now);
  // When tick() has work to do, or nullopt when no scan is open.
  [[nodiscard]] std::optional<TimePoint> nextDeadline() const;
  // Drops an open scan without a word (device gone: its half scan is not a scan).
  void reset();

  [[nodiscard]] const std::string& source() const { return m_source; }

 private:
  enum class Taint { None, NonPrintable, Overlong };

  void close(TimePoint at, bool byTimeout, std::vector<ScanOutcome>& out);
  bool burstExceeded(TimePoint at);

  const std::string m_source;
  const FramerOptions m_options;
  std::string m_text;
  std::size_t m_bytes = 0;  // counted even after an overlong scan stopped keeping text
  bool m_open = false;
  Taint m_taint = Taint::None;
  TimePoint m_lastKey{};  // or the last report while a scan is open
  std::deque<TimePoint> m_recentScans;
};

}  // namespace kiosk::devices::reader
