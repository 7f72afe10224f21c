// SerialTextDecoder: what a CDC-serial scanner sends (UTF-8 text, lines ended by CR, LF or CR LF) as the
// same key events a keyboard-wedge reader produces, so one ScanFramer applies the same rules to both:
// terminator, pause, non-printable, overlong, burst. A UTF-8 character split across two reads is joined;
// NUL bytes (some adapters send them on connect) are dropped; broken UTF-8 counts as non-printable.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "devices/reader/key_decoder.h"

namespace kiosk::devices::reader {

class SerialTextDecoder {
 public:
  [[nodiscard]] std::vector<KeyEvent> feed(std::string_view bytes);
  void reset() { m_pending.clear(); }

 private:
  void finishPending(std::vector<KeyEvent>& out);

  std::string m_pending;  // an incomplete UTF-8 sequence, at most 3 bytes
  std::size_t m_expected = 0;
};

}  // namespace kiosk::devices::reader
