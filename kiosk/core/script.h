// Kiosk test scripts (kiosk --script FILE): one command a line, '#' starts a comment.
//   tap X Y | hold X Y MS | drag X1 Y1 X2 Y2 MS | type TEXT | wait MS
//   keys TEXT   taps the on-screen keyboard's keys, switching shift and pages as a person
//               would; {next} {backspace} {shift} name the action keys
//   key [Ctrl+|Alt+|Shift+]NAME   (SDL key names: Escape, F4, Q, Tab)
//   close                          (a window-close request, what Alt+F4 makes the window manager send)
//   expect-screen NAME | expect-lang CODE | expect-quit (the commands after it must make the kiosk quit, within 5 s) | shot PATH.png | quit
//   wait-screen NAME [MS]          waits until NAME shows, failing after MS (10000) of real time: a worker's
//                                  answer (a lead committed) takes what the machine takes, whatever --time-scale
//   repeat N ... end               the lines between run N times (nestable; soak runs loop a visit)
//   mark-frames                    --frame-stats also counts the frames drawn from here on (steady state, not start-up)
// Coordinates are window pixels.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <tl/expected.hpp>

namespace kiosk::core {

struct ScriptCommand {
  enum class Kind { Tap, Hold, Drag, Type, Keys, Wait, Key, Close, ExpectScreen, ExpectLanguage, ExpectQuit, Shot, Quit,
                    Repeat, End, MarkFrames, WaitScreen };
  Kind kind = Kind::Wait;
  int line = 0;
  float x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  int ms = 0;
  std::string text;  // Type: the text; Key: the chord; Expect*: the name; Shot: the path
  int count = 0;      // Repeat: how many times the block runs (>= 1)
  std::size_t match = 0;  // Repeat: index of its End; End: index of its Repeat
};

// An on-screen keyboard key as drawn in the last frame, for `keys`: where it is and what a
// tap on it does now (shift state included).
struct ScriptKeyTarget {
  float x = 0, y = 0;   // centre, window pixels
  std::string types;    // what an insert key types now ("" for action keys)
  std::string action;   // "insert", "space", "backspace", "shift", "next", "symbols", "letters"
};

// `keys` text split into what one tap produces: a UTF-8 character or an action "{next}".
[[nodiscard]] std::vector<std::string> splitKeyTaps(std::string_view text);

// On error: "line N: what is wrong" for every bad line.
[[nodiscard]] tl::expected<std::vector<ScriptCommand>, std::vector<std::string>> parseScript(std::string_view text);

}  // namespace kiosk::core
