// LineSender: numbering, history and flow control for the lines the host writes.
//  - Window: with ADVANCED_OK ("ok N<n> P<p> B<b>") at most b lines beyond the last line the firmware
//    reported as received (BufferBuddy's rule); without it a fixed small window.
//  - Acks without ADVANCED_OK: every accepted line gets one "ok", so acks pop the oldest line in flight;
//    the "ok" that follows a "Resend:" belongs to the rejected line and is swallowed.
//  - Acks with ADVANCED_OK: "ok N<n> B<b>" means n is the last line received and BUFSIZE-b commands are
//    still queued, so every line up to n-(BUFSIZE-b)+1 has been executed. Counting is not needed, and a
//    lost or extra ok cannot leave stale lines in flight.
//  - Resends: rewind to the requested line once; the same request echoed by lines that were already
//    on the wire ("Line Number is not Last Line Number+1") is ignored; a line asked again and again
//    (checksum errors on the resent line itself) is a broken link.
// Pure logic: no I/O, no clock.
#pragma once

#include <cstddef>
#include <deque>
#include <optional>
#include <string>

#include "devices/marlin/firmware_reply.h"
#include "devices/marlin/printer_options.h"

namespace kiosk::devices::marlin {

struct SentLine {
  long number = -1;  // -1: written unnumbered (out of band)
  std::string command;
  std::optional<std::size_t> jobIndex;
};

class LineSender {
 public:
  explicit LineSender(const PrinterOptions& options);

  // Numbering restarts at `next` (the line after an "M110 N<next-1>"); history and flow state are dropped.
  void restart(long next);

  [[nodiscard]] bool canSend() const;
  [[nodiscard]] bool resendPending() const { return m_cursor < m_next; }
  // The wire line (no newline) for a new command; numbers it and keeps it for resends.
  [[nodiscard]] std::string sendNew(std::string command, std::optional<std::size_t> jobIndex = std::nullopt);
  // The next line of a rewind, from history.
  [[nodiscard]] std::string sendResend();
  // An unnumbered line (e.g. M108 for the emergency parser) is acked too: count it in flight.
  void noteUnnumbered(std::string command);

  // The newest line this "ok" acknowledges as executed, if any.
  std::optional<SentLine> onOk(const FirmwareReply& ok);

  enum class ResendVerdict { Rewound, IgnoredDuplicate, IgnoredNotSent, Fatal };
  // `sequenceError`: the error before it was "Line Number is not Last Line Number+1", which is what a line
  // already on the wire during a rewind produces. A checksum error is always about the requested line itself.
  ResendVerdict onResend(long line, std::string& why, bool sequenceError = true);

  // The line of an unfinished resend episode (rewound, not yet seen through), if any.
  [[nodiscard]] std::optional<long> openEpisode() const;
  // Rewinds to `line` again: the resent line itself can be lost in the firmware's RX drain, and then
  // its echoes look exactly like stale ones. Called when the link went quiet during an episode.
  void rewindAgain(long line);

  // After an ok timeout or "wait": whatever was in flight is done or lost (a lost line makes the firmware
  // ask for it again at the next numbered line, so nothing is skipped silently).
  void clearInFlight();

  [[nodiscard]] std::size_t inFlight() const { return m_inFlight.size(); }
  [[nodiscard]] const SentLine* oldestInFlight() const { return m_inFlight.empty() ? nullptr : &m_inFlight.front(); }
  [[nodiscard]] bool idle() const { return m_inFlight.empty() && !resendPending(); }
  [[nodiscard]] bool advancedOk() const { return m_advanced; }
  [[nodiscard]] long nextNumber() const { return m_next; }
  [[nodiscard]] std::size_t window() const;

 private:
  [[nodiscard]] const SentLine* fromHistory(long number) const;

  const PrinterOptions& m_options;
  std::deque<SentLine> m_history;   // last historySize numbered lines, ascending numbers
  std::deque<SentLine> m_inFlight;  // written, not yet acked, in write order
  long m_next = 1;                  // number for the next new line
  long m_cursor = 1;                // next number to write (< m_next while rewinding)
  bool m_advanced = false;
  long m_lastOkLine = 0;            // ADVANCED_OK N: last line the firmware received
  int m_lastFree = 0;               // ADVANCED_OK B: free command slots then
  int m_maxFree = 0;                // largest B on an ordinary ok: BUFSIZE-1 (the running command counts)
  bool m_afterResend = false;       // the next ok answers a "Resend:": its B is not an ordinary one
  int m_swallowOks = 0;
  long m_episodeLine = -1;          // the line of the current resend episode
  long m_staleLeft = 0;             // echoes of that request still expected
  int m_consecutive = 0;
};

}  // namespace kiosk::devices::marlin
