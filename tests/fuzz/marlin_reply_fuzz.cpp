// Fuzzes what the printer sends back (devices/marlin firmware_reply, firmware_info, temperature)
// after line framing (devices/serial line_framer), as the Marlin session reads it.
#include "devices/marlin/firmware_info.h"
#include "devices/marlin/firmware_reply.h"
#include "devices/marlin/temperature.h"
#include "devices/serial/line_framer.h"
#include "tests/fuzz/fuzz_support.h"

using namespace kiosk::devices;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes = kiosk::fuzz::asText(data, size);
  LineFramer framer(256);
  marlin::FirmwareInfo info;
  // Fed in uneven chunks, as reads from a tty arrive.
  for (std::size_t pos = 0, chunk = 1; pos < bytes.size(); pos += chunk, chunk = chunk % 7 + 1) {
    framer.feed(bytes.substr(pos, chunk));
    while (auto line = framer.next()) {
      if (line->size() > 256 + 2) __builtin_trap();
      const marlin::FirmwareReply reply = marlin::parseFirmwareReply(*line);
      (void)marlin::parseTemperatureReport(*line);
      if (reply.kind == marlin::FirmwareReply::Kind::FirmwareName) marlin::applyFirmwareNameLine(info, *line);
      if (reply.kind == marlin::FirmwareReply::Kind::Capability) marlin::applyCapabilityLine(info, *line);
    }
  }
  // Each parser on the raw input too, without the framer's length cap.
  (void)marlin::parseFirmwareReply(bytes);
  (void)marlin::parseTemperatureReport(bytes);
  marlin::applyFirmwareNameLine(info, bytes);
  marlin::applyCapabilityLine(info, bytes);
  (void)info.extruderCount();
  (void)info.has("AUTOREPORT_TEMP");
  return 0;
}
