#include "kiosk/core/script.h"

#include <charconv>
#include <sstream>

namespace kiosk::core {
namespace {

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(" \t\r") - first + 1);
}

bool toNumber(const std::string& token, float& out) {
  const char* end = token.data() + token.size();
  auto [ptr, ec] = std::from_chars(token.data(), end, out);
  return ec == std::errc() && ptr == end;
}

bool toInt(const std::string& token, int& out) {
  const char* end = token.data() + token.size();
  auto [ptr, ec] = std::from_chars(token.data(), end, out);
  return ec == std::errc() && ptr == end && out >= 0;
}

// Parses the numeric arguments of tap/hold/drag/wait: `floats` coordinates then an optional duration.
bool parseNumbers(std::istringstream& in, int floats, bool withMs, ScriptCommand& cmd) {
  float* coords[] = {&cmd.x1, &cmd.y1, &cmd.x2, &cmd.y2};
  std::string token;
  for (int i = 0; i < floats; ++i) {
    if (!(in >> token) || !toNumber(token, *coords[i]) || *coords[i] < 0) return false;
  }
  if (withMs && (!(in >> token) || !toInt(token, cmd.ms))) return false;
  return !(in >> token);  // nothing may follow
}

}  // namespace

std::vector<std::string> splitKeyTaps(std::string_view text) {
  std::vector<std::string> taps;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (text[pos] == '{') {
      if (const auto close = text.find('}', pos); close != std::string_view::npos) {
        taps.emplace_back(text.substr(pos, close - pos + 1));
        pos = close + 1;
        continue;
      }
    }
    std::size_t len = 1;  // one UTF-8 code point: the lead byte and its continuation bytes
    while (pos + len < text.size() && (static_cast<unsigned char>(text[pos + len]) & 0xC0) == 0x80) ++len;
    taps.emplace_back(text.substr(pos, len));
    pos += len;
  }
  return taps;
}

tl::expected<std::vector<ScriptCommand>, std::vector<std::string>> parseScript(std::string_view text) {
  std::vector<ScriptCommand> commands;
  std::vector<std::string> errors;
  std::vector<std::size_t> openRepeats;  // indices into `commands`
  int lineNumber = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++lineNumber;
    if (const auto hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    line = trim(line);
    if (line.empty()) continue;

    std::istringstream in{std::string(line)};
    std::string verb;
    in >> verb;
    ScriptCommand cmd;
    cmd.line = lineNumber;
    bool ok = false;
    using Kind = ScriptCommand::Kind;
    if (verb == "tap") {
      cmd.kind = Kind::Tap;
      ok = parseNumbers(in, 2, false, cmd);
    } else if (verb == "hold") {
      cmd.kind = Kind::Hold;
      ok = parseNumbers(in, 2, true, cmd);
    } else if (verb == "drag") {
      cmd.kind = Kind::Drag;
      ok = parseNumbers(in, 4, true, cmd);
    } else if (verb == "wait") {
      cmd.kind = Kind::Wait;
      ok = parseNumbers(in, 0, true, cmd);
    } else if (verb == "wait-screen") {
      cmd.kind = Kind::WaitScreen;
      cmd.ms = 10000;
      in >> cmd.text;
      std::string ms;
      ok = !cmd.text.empty();
      if (ok && in >> ms) ok = toInt(ms, cmd.ms) && cmd.ms > 0;
      std::string extra;
      if (ok && in >> extra) ok = false;
    } else if (verb == "keys") {
      cmd.kind = Kind::Keys;
      cmd.text = std::string(trim(line.substr(verb.size())));
      ok = !cmd.text.empty();
    } else if (verb == "type" || verb == "expect-screen" || verb == "expect-lang" || verb == "shot" || verb == "key") {
      cmd.kind = verb == "type"            ? Kind::Type
                 : verb == "shot"          ? Kind::Shot
                 : verb == "key"           ? Kind::Key
                 : verb == "expect-lang"   ? Kind::ExpectLanguage
                                           : Kind::ExpectScreen;
      cmd.text = std::string(trim(line.substr(verb.size())));
      ok = !cmd.text.empty();
    } else if (verb == "quit" || verb == "close" || verb == "expect-quit" || verb == "mark-frames") {
      cmd.kind = verb == "quit"          ? Kind::Quit
                 : verb == "close"       ? Kind::Close
                 : verb == "mark-frames" ? Kind::MarkFrames
                                         : Kind::ExpectQuit;
      std::string extra;  // not into `verb`: the error message below names the command
      ok = !(in >> extra);
    } else if (verb == "repeat") {
      cmd.kind = Kind::Repeat;
      std::string token;
      ok = (in >> token) && toInt(token, cmd.count) && cmd.count >= 1 && !(in >> token);
      if (ok) openRepeats.push_back(commands.size());
    } else if (verb == "end") {
      cmd.kind = Kind::End;
      std::string extra;
      if (openRepeats.empty()) {
        errors.push_back("line " + std::to_string(lineNumber) + ": 'end' without 'repeat'");
        continue;
      }
      ok = !(in >> extra);
      if (ok) {
        cmd.match = openRepeats.back();
        commands[openRepeats.back()].match = commands.size();
        openRepeats.pop_back();
      }
    } else {
      errors.push_back("line " + std::to_string(lineNumber) + ": unknown command '" + verb + "'");
      continue;
    }
    if (!ok) {
      errors.push_back("line " + std::to_string(lineNumber) + ": bad arguments for '" + verb + "'");
      continue;
    }
    commands.push_back(std::move(cmd));
  }
  for (const std::size_t open : openRepeats) {
    errors.push_back("line " + std::to_string(commands[open].line) + ": 'repeat' without 'end'");
  }
  if (!errors.empty()) return tl::unexpected(std::move(errors));
  return commands;
}

}  // namespace kiosk::core
