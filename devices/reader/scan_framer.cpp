#include "devices/reader/scan_framer.h"

namespace kiosk::devices::reader {

ScanFramer::ScanFramer(std::string source, FramerOptions options)
    : m_source(std::move(source)), m_options(options) {}

std::vector<ScanOutcome> ScanFramer::key(const KeyEvent& key, TimePoint now) {
  std::vector<ScanOutcome> out = tick(now);
  const bool terminator = (key.kind == KeyEvent::Kind::Enter && m_options.enterTerminates) ||
                          (key.kind == KeyEvent::Kind::Tab && m_options.tabTerminates);
  if (terminator) {
    if (m_open) close(now, false, out);
    return out;  // a lone terminator (an empty scan, or a second CR/LF) is no scan
  }
  m_open = true;
  m_lastKey = now;
  if (key.kind != KeyEvent::Kind::Text) {
    if (m_taint == Taint::None) m_taint = Taint::NonPrintable;
    return out;
  }
  m_bytes += key.text.size();
  if (m_bytes > m_options.maxBytes) {
    m_taint = Taint::Overlong;
    m_text.clear();
    m_text.shrink_to_fit();  // a flood must not keep its memory
  } else if (m_taint != Taint::Overlong) {
    m_text += key.text;
  }
  return out;
}

std::vector<ScanOutcome> ScanFramer::activity(TimePoint now) {
  std::vector<ScanOutcome> out = tick(now);
  if (m_open) m_lastKey = now;
  return out;
}

std::vector<ScanOutcome> ScanFramer::tick(TimePoint now) {
  std::vector<ScanOutcome> out;
  if (m_open && now - m_lastKey > m_options.interKeyTimeout) close(m_lastKey, true, out);
  return out;
}

std::optional<ScanFramer::TimePoint> ScanFramer::nextDeadline() const {
  if (!m_open) return std::nullopt;
  return m_lastKey + m_options.interKeyTimeout + std::chrono::milliseconds(1);
}

void ScanFramer::reset() {
  m_text.clear();
  m_bytes = 0;
  m_open = false;
  m_taint = Taint::None;
}

void ScanFramer::close(TimePoint at, bool byTimeout, std::vector<ScanOutcome>& out) {
  const std::size_t bytes = m_bytes;
  const Taint taint = m_taint;
  std::string text = std::move(m_text);
  reset();
  if (taint == Taint::Overlong) {
    out.emplace_back(ScanDrop{DropReason::Overlong, bytes, m_source, at});
  } else if (taint == Taint::NonPrintable) {
    out.emplace_back(ScanDrop{DropReason::NonPrintable, bytes, m_source, at});
  } else if (byTimeout && !m_options.timeoutEndsScan) {
    out.emplace_back(ScanDrop{DropReason::Incomplete, bytes, m_source, at});
  } else if (burstExceeded(at)) {
    out.emplace_back(ScanDrop{DropReason::Burst, bytes, m_source, at});
  } else {
    out.emplace_back(ScanEvent{std::move(text), m_source, at});
  }
}

bool ScanFramer::burstExceeded(TimePoint at) {
  while (!m_recentScans.empty() && at - m_recentScans.front() >= m_options.burstWindow) m_recentScans.pop_front();
  // Dropped scans count too, so a reader that loops stays muted until it pauses for a whole window.
  // Bounded by itself: each scan needs at least two reports and USB full speed polls at most 1 kHz.
  m_recentScans.push_back(at);
  return m_recentScans.size() > m_options.burstMaxScans;
}

}  // namespace kiosk::devices::reader
