// FirmwareReply: one line from the printer, classified. Pure parsing, no state.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "devices/marlin/temperature.h"

namespace kiosk::devices::marlin {

struct FirmwareReply {
  enum class Kind {
    Ok,              // "ok", "ok N12 P15 B3", "ok T:..." (temperature may be attached)
    Resend,          // "Resend: 12", "Resend:12", "rs 12", "rs N12"
    Busy,            // "echo:busy: processing", "busy: paused for user"
    Wait,            // "wait": NO_TIMEOUTS idle marker, the queue is empty
    Start,           // "start": the board has (re)booted
    LineError,       // checksum / line-number errors: a Resend follows, never fatal
    FatalError,      // kill(), thermal runaway, MAXTEMP/MINTEMP, "Printer stopped": the print is over
    Error,           // any other "Error:" line: logged
    UnknownCommand,  // "echo:Unknown command: ..."
    Temperature,     // an autoreport or M109 wait line (no ok)
    FirmwareName,    // "FIRMWARE_NAME:..." (M115)
    Capability,      // "Cap:NAME:0|1"
    Position,        // "X:.. Y:.. Z:.. E:.." (M114)
    Other,
  };
  Kind kind = Kind::Other;
  std::string text;                     // the line as received
  std::optional<long> okLine;           // ADVANCED_OK "N"
  std::optional<int> plannerFree;       // ADVANCED_OK "P"
  std::optional<int> bufferFree;        // ADVANCED_OK "B"
  long resendLine = -1;
  std::optional<TemperatureReading> temperature;
};

[[nodiscard]] FirmwareReply parseFirmwareReply(std::string_view line);

}  // namespace kiosk::devices::marlin
