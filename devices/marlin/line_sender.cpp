#include "devices/marlin/line_sender.h"

#include <algorithm>

#include "devices/marlin/checksum.h"

namespace kiosk::devices::marlin {

LineSender::LineSender(const PrinterOptions& options) : m_options(options) {}

void LineSender::restart(long next) {
  m_history.clear();
  m_inFlight.clear();
  m_next = m_cursor = next;
  m_lastOkLine = next - 1;
  m_swallowOks = 0;
  m_episodeLine = -1;
  m_staleLeft = 0;
  m_consecutive = 0;
  // m_advanced and the B figures are a property of the firmware: they survive renumbering.
}

std::size_t LineSender::window() const {
  if (!m_advanced) return std::max<std::size_t>(1, m_options.fallbackWindow);
  return static_cast<std::size_t>(std::clamp<long>(m_lastFree, 0, static_cast<long>(m_options.maxWindow)));
}

bool LineSender::canSend() const {
  if (!m_advanced) return m_inFlight.size() < window();
  // Lines written after the last one the firmware reported must fit its free queue slots.
  const long beyond = (m_cursor - 1) - m_lastOkLine;
  return beyond < static_cast<long>(window());
}

std::string LineSender::sendNew(std::string command, std::optional<std::size_t> jobIndex) {
  const long number = m_next++;
  m_cursor = m_next;
  std::string wire = numberedLine(number, command);
  SentLine line{number, std::move(command), jobIndex};
  m_inFlight.push_back(line);
  m_history.push_back(std::move(line));
  while (m_history.size() > m_options.historySize) m_history.pop_front();
  return wire;
}

std::string LineSender::sendResend() {
  const SentLine* line = fromHistory(m_cursor);
  ++m_cursor;
  if (!line) return {};  // cannot happen: onResend checked the history
  m_inFlight.push_back(*line);
  return numberedLine(line->number, line->command);
}

void LineSender::noteUnnumbered(std::string command) { m_inFlight.push_back(SentLine{-1, std::move(command), {}}); }

std::optional<SentLine> LineSender::onOk(const FirmwareReply& ok) {
  const bool answersResend = std::exchange(m_afterResend, false);
  if (ok.okLine && ok.bufferFree) {
    m_advanced = true;
    m_lastOkLine = *ok.okLine;
    m_lastFree = *ok.bufferFree;
    if (!answersResend) m_maxFree = std::max(m_maxFree, m_lastFree);
    if (m_episodeLine >= 0 && m_lastOkLine >= m_episodeLine) {  // the rewound line got through
      m_episodeLine = -1;
      m_staleLeft = 0;
      m_consecutive = 0;
    }
    m_swallowOks = 0;
    // Lines up to n - queued + 1 have run (queued includes the one this ok is for).
    const long queued = std::max(0, m_maxFree + 1 - m_lastFree);
    const long executedUpTo = std::min(m_lastOkLine, m_lastOkLine - queued + 1);
    std::optional<SentLine> newest;
    std::size_t drop = 0;
    for (std::size_t i = 0; i < m_inFlight.size(); ++i) {
      if (m_inFlight[i].number >= 0 && m_inFlight[i].number > executedUpTo) break;
      if (m_inFlight[i].number >= 0) {
        drop = i + 1;  // unnumbered lines before it ran too
        newest = m_inFlight[i];
      }
    }
    m_inFlight.erase(m_inFlight.begin(), m_inFlight.begin() + static_cast<std::ptrdiff_t>(drop));
    return newest;
  }
  if (m_advanced) {
    // "ok T:..." (M105) carries no N: it acks the oldest M105 and what was before it.
    const auto m105 = std::find_if(m_inFlight.begin(), m_inFlight.end(), [](const SentLine& s) { return s.command == "M105"; });
    if (m105 == m_inFlight.end()) return std::nullopt;
    SentLine acked = *m105;
    m_inFlight.erase(m_inFlight.begin(), m105 + 1);
    return acked;
  }
  if (m_swallowOks > 0) {
    --m_swallowOks;
    return std::nullopt;
  }
  if (m_inFlight.empty()) return std::nullopt;
  SentLine acked = std::move(m_inFlight.front());
  m_inFlight.pop_front();
  // Without ADVANCED_OK the acked line itself says the rewound line got through.
  if (m_episodeLine >= 0 && acked.number >= m_episodeLine) {
    m_episodeLine = -1;
    m_staleLeft = 0;
    m_consecutive = 0;
  }
  return acked;
}

LineSender::ResendVerdict LineSender::onResend(long line, std::string& why, bool sequenceError) {
  ++m_swallowOks;  // Marlin follows "Resend:" with an ok for the rejected line
  m_afterResend = true;
  if (line >= m_next) return ResendVerdict::IgnoredNotSent;  // the line it expects is still to come
  if (!fromHistory(line)) {
    why = "the printer asked for line " + std::to_string(line) + ", which is not in the last " +
          std::to_string(m_history.size()) + " lines sent";
    return ResendVerdict::Fatal;
  }
  if (line == m_episodeLine && m_staleLeft > 0 && sequenceError) {
    --m_staleLeft;  // an echo from a line that was already on the wire when we rewound
    return ResendVerdict::IgnoredDuplicate;
  }
  m_consecutive = line == m_episodeLine ? m_consecutive + 1 : 1;
  if (m_consecutive > m_options.maxConsecutiveResends) {
    why = "the printer keeps asking for line " + std::to_string(line) + " (" + std::to_string(m_consecutive) +
          " times): the link is corrupting data";
    return ResendVerdict::Fatal;
  }
  m_episodeLine = line;
  m_staleLeft = std::max<long>(0, (m_cursor - 1) - line);
  m_cursor = line;
  std::erase_if(m_inFlight, [line](const SentLine& s) { return s.number >= line; });
  m_lastOkLine = std::min(m_lastOkLine, line - 1);
  return ResendVerdict::Rewound;
}

std::optional<long> LineSender::openEpisode() const {
  if (m_episodeLine < 0) return std::nullopt;
  return m_episodeLine;
}

void LineSender::rewindAgain(long line) {
  if (!fromHistory(line)) return;
  m_cursor = line;
  m_staleLeft = 0;
  m_swallowOks = 0;
  std::erase_if(m_inFlight, [line](const SentLine& s) { return s.number >= line; });
  m_lastOkLine = std::min(m_lastOkLine, line - 1);
  if (m_advanced) m_lastFree = std::max(m_lastFree, 1);
}

void LineSender::clearInFlight() {
  m_inFlight.clear();
  m_swallowOks = 0;
  m_lastOkLine = std::max(m_lastOkLine, m_cursor - 1);
  if (m_advanced) m_lastFree = std::max(m_lastFree, 1);
}

const SentLine* LineSender::fromHistory(long number) const {
  if (m_history.empty() || number < m_history.front().number || number > m_history.back().number) return nullptr;
  return &m_history[static_cast<std::size_t>(number - m_history.front().number)];
}

}  // namespace kiosk::devices::marlin
