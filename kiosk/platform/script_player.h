// ScriptPlayer: drives the real kiosk from a test script (core/script.h). Touches go in
// as SDL finger events through SDL_PushEvent, exactly as a touch screen's would, so the
// whole input path is exercised. A command starts only once the UI has settled after
// the previous one (input consumed, frames drawn), so scripts need no guessed sleeps.
#pragma once

#include <chrono>
#include <deque>
#include <filesystem>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <SDL_events.h>

#include "kiosk/core/script.h"

namespace kiosk::platform {

class ScriptHost {
 public:
  virtual ~ScriptHost() = default;
  [[nodiscard]] virtual bool settled() const = 0;
  [[nodiscard]] virtual std::string currentScreen() const = 0;
  [[nodiscard]] virtual std::string currentLanguage() const = 0;
  [[nodiscard]] virtual SDL_Point windowSize() const = 0;
  // The on-screen keyboard's keys in the last frame; empty when no keyboard is shown.
  [[nodiscard]] virtual std::vector<core::ScriptKeyTarget> keyboardTargets() const = 0;
  virtual void requestScreenshot(const std::filesystem::path& file) = 0;
  virtual void markFrames() = 0;
};

class ScriptPlayer {
 public:
  using Clock = std::chrono::steady_clock;

  explicit ScriptPlayer(std::vector<core::ScriptCommand> commands) : m_commands(std::move(commands)) {}

  // Runs what is due; returns the exit code once the script is over (0 = all expectations held).
  std::optional<int> tick(ScriptHost& host, Clock::time_point now);
  // True while an expect-quit command waits: the kiosk quitting now is the expected outcome.
  [[nodiscard]] bool awaitingQuit() const { return m_quitDeadline.has_value(); }
  // When tick() next has timed work (a queued touch, the end of a wait), if in the future.
  [[nodiscard]] std::optional<Clock::time_point> nextDue(Clock::time_point now) const;

 private:
  struct TimedEvent {
    Clock::time_point at;
    SDL_Event event;
  };

  void start(const core::ScriptCommand& command, ScriptHost& host, Clock::time_point now);
  void scheduleFinger(std::uint32_t type, float x, float y, SDL_Point window, Clock::time_point at);
  // Returns false for an unknown key name.
  bool scheduleKey(const std::string& chord, Clock::time_point at);
  void expect(const core::ScriptCommand& command, const char* what, const std::string& actual);
  // One tap towards the next character of a `keys` command (a page or shift switch first if
  // no key types it now).
  void tapNextKey(ScriptHost& host, Clock::time_point now);

  std::vector<core::ScriptCommand> m_commands;
  std::size_t m_next = 0;
  std::deque<TimedEvent> m_events;
  std::deque<std::string> m_keyTaps;  // what the running `keys` command has still to type
  int m_keysLine = 0;
  int m_switches = 0;                 // page/shift switches tried for the current character
  Clock::time_point m_waitUntil{};
  std::optional<Clock::time_point> m_quitDeadline;
  // A running wait-screen: the command, and its deadline in real time (not the scaled UI clock).
  std::optional<std::pair<core::ScriptCommand, std::chrono::steady_clock::time_point>> m_awaitScreen;
  std::optional<int> m_exitCode;
  std::vector<int> m_repeatsLeft;     // one entry per running `repeat` block, innermost last
};

}  // namespace kiosk::platform
