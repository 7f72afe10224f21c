// Scan scripts: what the fake reader plays (`--reader fake:FILE` for demos without hardware and for the
// end-to-end tests). One step per line:
//   # a comment              (blank lines are skipped too)
//   wait 1500                pause, in milliseconds
//   0005397623               anything else is one scan, taken as written
//   \wait 5                  a leading backslash is dropped: for scans that look like a command or a comment
// A scan must be printable UTF-8 of at most 4 KiB, like a real one after framing.
#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "devices/core/error.h"

namespace kiosk::devices::reader {

struct ScriptStep {
  std::chrono::milliseconds wait{0};  // before the scan
  std::string scan;                   // empty: a trailing pause only
  bool operator==(const ScriptStep&) const = default;
};

// Errors name the line ("line 4: wait needs milliseconds") and never echo a scan.
[[nodiscard]] Result<std::vector<ScriptStep>> parseScanScript(std::string_view text);

}  // namespace kiosk::devices::reader
