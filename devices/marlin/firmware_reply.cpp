#include "devices/marlin/firmware_reply.h"

#include <array>
#include <cctype>
#include <cstdlib>

namespace kiosk::devices::marlin {
namespace {

bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool contains(std::string_view s, std::string_view part) { return s.find(part) != std::string_view::npos; }

std::optional<long> numberAfter(std::string_view s, char letter) {
  for (std::size_t i = 0; i + 1 < s.size(); ++i) {
    if (s[i] == letter && (i == 0 || s[i - 1] == ' ') && (std::isdigit(static_cast<unsigned char>(s[i + 1])) || s[i + 1] == '-')) {
      return std::strtol(std::string(s.substr(i + 1, 16)).c_str(), nullptr, 10);
    }
  }
  return std::nullopt;
}

// Marlin's kill() and stop() messages (language.h); OctoPrint's list plus Repetier's "fatal:".
constexpr std::array kFatalMarkers = {
    "kill() called", "Thermal Runaway", "Heating failed", "MAXTEMP", "MINTEMP", "Thermal Malfunction",
    "Watchdog", "KILL caused", "Printer stopped due to errors", "Printer halted", "fatal:"};
constexpr std::array kLineErrorMarkers = {"Line Number is not Last Line Number+1", "checksum mismatch",
                                          "No Checksum with line number", "Format error", "expected line",
                                          "Wrong checksum", "No Line Number with checksum", "Missing checksum"};

}  // namespace

FirmwareReply parseFirmwareReply(std::string_view line) {
  FirmwareReply r;
  r.text = std::string(line);
  while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);

  if (line == "ok" || startsWith(line, "ok ") || startsWith(line, "okT:")) {
    r.kind = FirmwareReply::Kind::Ok;
    const std::string_view rest = line.substr(2);
    if (contains(rest, "T:") || contains(rest, "B:")) {
      r.temperature = parseTemperatureReport(rest);
    } else {
      r.okLine = numberAfter(rest, 'N');
      if (const auto p = numberAfter(rest, 'P')) r.plannerFree = static_cast<int>(*p);
      if (const auto b = numberAfter(rest, 'B')) r.bufferFree = static_cast<int>(*b);
    }
    return r;
  }
  const std::string_view lower = line;
  if (startsWith(lower, "Resend:") || startsWith(lower, "rs ")) {
    std::string_view num = line.substr(line.find_first_of(": ") + 1);
    while (!num.empty() && (num.front() == ' ' || num.front() == 'N' || num.front() == ':')) num.remove_prefix(1);
    char* end = nullptr;
    const std::string copy(num.substr(0, 16));
    const long n = std::strtol(copy.c_str(), &end, 10);
    if (end != copy.c_str()) {
      r.kind = FirmwareReply::Kind::Resend;
      r.resendLine = n;
    }
    return r;
  }
  if (line == "start") {
    r.kind = FirmwareReply::Kind::Start;
    return r;
  }
  if (line == "wait") {
    r.kind = FirmwareReply::Kind::Wait;
    return r;
  }
  if (startsWith(line, "echo:busy:") || startsWith(line, "busy:")) {
    r.kind = FirmwareReply::Kind::Busy;
    return r;
  }
  if (startsWith(line, "Error:") || startsWith(line, "!!") || startsWith(line, "fatal:")) {
    for (const char* marker : kLineErrorMarkers) {
      if (contains(line, marker)) {
        r.kind = FirmwareReply::Kind::LineError;
        return r;
      }
    }
    r.kind = FirmwareReply::Kind::Error;
    for (const char* marker : kFatalMarkers) {
      if (contains(line, marker)) r.kind = FirmwareReply::Kind::FatalError;
    }
    return r;
  }
  if (startsWith(line, "echo:Unknown command")) {
    r.kind = FirmwareReply::Kind::UnknownCommand;
    return r;
  }
  if (startsWith(line, "echo:")) {
    // Old firmware prints kill reasons as echo lines before the Error line; they are not fatal by themselves.
    r.kind = FirmwareReply::Kind::Other;
    return r;
  }
  if (startsWith(line, "FIRMWARE_NAME:")) {
    r.kind = FirmwareReply::Kind::FirmwareName;
    return r;
  }
  if (startsWith(line, "Cap:")) {
    r.kind = FirmwareReply::Kind::Capability;
    return r;
  }
  if (startsWith(line, "X:") && contains(line, "Y:") && contains(line, "Z:")) {
    r.kind = FirmwareReply::Kind::Position;
    return r;
  }
  if (auto temps = parseTemperatureReport(line)) {
    r.kind = FirmwareReply::Kind::Temperature;
    r.temperature = std::move(temps);
  }
  return r;
}

}  // namespace kiosk::devices::marlin
