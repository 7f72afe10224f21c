// What the reader driver tells the rest of the kiosk: a complete scan, or a dropped one.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>
#include <variant>

namespace kiosk::devices::reader {

using ReaderClock = std::chrono::steady_clock;

struct ScanEvent {
  std::string text;    // UTF-8, printable, at most FramerOptions::maxBytes; personal data: never log it
  std::string source;  // the device, e.g. "usb:16c0:27db@1-1.4"
  ReaderClock::time_point at{};  // its last key (the terminator, if any)
  bool operator==(const ScanEvent&) const = default;
};

enum class DropReason {
  NonPrintable,  // a control key or shortcut inside the scan (Esc, Backspace, Ctrl+..., unmapped key)
  Overlong,      // more than maxBytes before the terminator: a stuck key or a flooding device
  Burst,         // too many scans in the burst window: a looping reader or a stuck trigger
  Incomplete,    // no terminator before the inter-key timeout, with timeoutEndsScan off
};

[[nodiscard]] std::string_view toString(DropReason reason);

struct ScanDrop {
  DropReason reason = DropReason::NonPrintable;
  std::size_t bytes = 0;  // how much text was thrown away
  std::string source;
  ReaderClock::time_point at{};
  bool operator==(const ScanDrop&) const = default;
};

// The log line for a drop: reason, size and source only, never the content (it may be a badge).
[[nodiscard]] std::string describe(const ScanDrop& drop);

using ScanOutcome = std::variant<ScanEvent, ScanDrop>;

}  // namespace kiosk::devices::reader
