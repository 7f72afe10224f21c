// Which USB devices are readers: a VID:PID list from the config ("16c0:27db, 0c2e:0204"). Only devices
// on the list are opened: grabbing "any keyboard" could take the touch screen's or the staff keyboard.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "devices/core/error.h"

namespace kiosk::devices::reader {

struct ReaderId {
  std::uint16_t vendorId = 0;
  std::uint16_t productId = 0;
  bool operator==(const ReaderId&) const = default;
};

// "16c0:27db" entries separated by commas or blanks; an error names the bad entry.
[[nodiscard]] Result<std::vector<ReaderId>> parseReaderIds(std::string_view text);
[[nodiscard]] std::string toString(ReaderId id);  // "16c0:27db"
[[nodiscard]] bool isListed(const std::vector<ReaderId>& ids, std::uint16_t vendorId, std::uint16_t productId);

// HID interface, boot subclass, keyboard protocol (3/1/1): the only interface whose reports we decode.
// Vendor-HID readers that share a VID:PID with a keyboard-wedge model (ffff:0035) report 3/0/0.
[[nodiscard]] constexpr bool isBootKeyboard(int interfaceClass, int subClass, int protocol) {
  return interfaceClass == 3 && subClass == 1 && protocol == 1;
}

}  // namespace kiosk::devices::reader
