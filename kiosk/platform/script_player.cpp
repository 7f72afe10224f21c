#include "kiosk/platform/script_player.h"

#include <algorithm>
#include <cstring>

#include <spdlog/spdlog.h>

namespace kiosk::platform {
namespace {

constexpr SDL_TouchID kScriptTouch = 77;
constexpr SDL_FingerID kScriptFinger = 1;
constexpr auto kTapHold = std::chrono::milliseconds(60);
constexpr auto kMotionStep = std::chrono::milliseconds(16);

}  // namespace

void ScriptPlayer::scheduleFinger(std::uint32_t type, float x, float y, SDL_Point window, Clock::time_point at) {
  SDL_Event event{};
  event.type = type;
  event.tfinger.touchId = kScriptTouch;
  event.tfinger.fingerId = kScriptFinger;
  event.tfinger.x = x / static_cast<float>(std::max(window.x, 1));
  event.tfinger.y = y / static_cast<float>(std::max(window.y, 1));
  event.tfinger.pressure = type == SDL_FINGERUP ? 0.0f : 1.0f;
  m_events.push_back({at, event});
}

void ScriptPlayer::start(const core::ScriptCommand& command, ScriptHost& host, Clock::time_point now) {
  using Kind = core::ScriptCommand::Kind;
  const SDL_Point window = host.windowSize();
  switch (command.kind) {
    case Kind::Tap:
      scheduleFinger(SDL_FINGERDOWN, command.x1, command.y1, window, now);
      scheduleFinger(SDL_FINGERUP, command.x1, command.y1, window, now + kTapHold);
      break;
    case Kind::Hold:
      scheduleFinger(SDL_FINGERDOWN, command.x1, command.y1, window, now);
      scheduleFinger(SDL_FINGERUP, command.x1, command.y1, window, now + std::chrono::milliseconds(command.ms));
      break;
    case Kind::Drag: {
      const auto duration = std::chrono::milliseconds(std::max(command.ms, 1));
      scheduleFinger(SDL_FINGERDOWN, command.x1, command.y1, window, now);
      const int steps = std::max(1, static_cast<int>(duration / kMotionStep));
      for (int i = 1; i <= steps; ++i) {
        const float t = static_cast<float>(i) / static_cast<float>(steps);
        scheduleFinger(SDL_FINGERMOTION, command.x1 + (command.x2 - command.x1) * t,
                       command.y1 + (command.y2 - command.y1) * t, window, now + duration * i / steps);
      }
      scheduleFinger(SDL_FINGERUP, command.x2, command.y2, window, now + duration);
      break;
    }
    case Kind::Type: {
      // SDL text events carry at most 31 bytes; split on UTF-8 boundaries.
      std::size_t pos = 0;
      while (pos < command.text.size()) {
        std::size_t len = std::min<std::size_t>(command.text.size() - pos, SDL_TEXTINPUTEVENT_TEXT_SIZE - 1);
        while (len > 0 && pos + len < command.text.size() && (command.text[pos + len] & 0xC0) == 0x80) --len;
        SDL_Event event{};
        event.type = SDL_TEXTINPUT;
        std::memcpy(event.text.text, command.text.data() + pos, len);
        m_events.push_back({now, event});
        pos += len;
      }
      break;
    }
    case Kind::Keys: {
      const auto taps = core::splitKeyTaps(command.text);
      m_keyTaps.assign(taps.begin(), taps.end());
      m_keysLine = command.line;
      m_switches = 0;
      break;
    }
    case Kind::Wait: m_waitUntil = now + std::chrono::milliseconds(command.ms); break;
    case Kind::Key:
      if (!scheduleKey(command.text, now)) {
        spdlog::error("script line {}: unknown key '{}'", command.line, command.text);
        m_exitCode = 1;
      }
      break;
    case Kind::Close: {
      SDL_Event event{};
      event.type = SDL_QUIT;
      m_events.push_back({now, event});
      break;
    }
    case Kind::ExpectScreen: expect(command, "screen", host.currentScreen()); break;
    case Kind::ExpectLanguage: expect(command, "language", host.currentLanguage()); break;
    case Kind::ExpectQuit: m_quitDeadline = now + std::chrono::seconds(5); break;  // checked at the end
    case Kind::Shot: host.requestScreenshot(command.text); break;
    case Kind::Quit: m_exitCode = 0; break;
    case Kind::MarkFrames: host.markFrames(); break;
    case Kind::WaitScreen:
      m_awaitScreen.emplace(command, std::chrono::steady_clock::now() + std::chrono::milliseconds(command.ms));
      break;
    case Kind::Repeat: m_repeatsLeft.push_back(command.count); break;
    case Kind::End:
      // The parser paired every end with its repeat, so the stack is never empty here.
      if (--m_repeatsLeft.back() > 0) {
        m_next = command.match + 1;
      } else {
        m_repeatsLeft.pop_back();
      }
      break;
  }
}

void ScriptPlayer::tapNextKey(ScriptHost& host, Clock::time_point now) {
  const std::string& wanted = m_keyTaps.front();
  const auto targets = host.keyboardTargets();
  if (targets.empty()) {
    spdlog::error("script line {}: no on-screen keyboard is shown", m_keysLine);
    m_exitCode = 1;
    return;
  }
  const SDL_Point window = host.windowSize();
  auto tap = [&](const core::ScriptKeyTarget& key) {
    scheduleFinger(SDL_FINGERDOWN, key.x, key.y, window, now);
    scheduleFinger(SDL_FINGERUP, key.x, key.y, window, now + kTapHold);
  };
  auto find = [&](auto predicate) -> const core::ScriptKeyTarget* {
    const auto it = std::find_if(targets.begin(), targets.end(), predicate);
    return it == targets.end() ? nullptr : &*it;
  };
  const std::string action = wanted.size() > 2 && wanted.front() == '{' ? wanted.substr(1, wanted.size() - 2)
                             : wanted == " "                            ? "space"
                                                                        : "";
  const core::ScriptKeyTarget* key =
      action.empty() ? find([&](const auto& k) { return k.action == "insert" && k.types == wanted; })
                     : find([&](const auto& k) { return k.action == action; });
  if (key) {
    tap(*key);
    m_keyTaps.pop_front();
    m_switches = 0;
    return;
  }
  // Not on the keys shown: shift, then the other page, then shift again reaches every
  // combination of page and shift within four switches.
  const core::ScriptKeyTarget* page =
      find([](const auto& k) { return k.action == "symbols" || k.action == "letters"; });
  const core::ScriptKeyTarget* shift = find([](const auto& k) { return k.action == "shift"; });
  const core::ScriptKeyTarget* next = m_switches % 2 == 0 ? (shift ? shift : page) : (page ? page : shift);
  if (!action.empty() || !next || m_switches >= 4) {
    std::string shown;
    for (const auto& k : targets) shown += " " + (k.action == "insert" ? k.types : "{" + k.action + "}");
    spdlog::error("script line {}: no on-screen key types '{}'; keys shown:{}", m_keysLine, wanted, shown);
    m_exitCode = 1;
    return;
  }
  ++m_switches;
  tap(*next);
}

void ScriptPlayer::expect(const core::ScriptCommand& command, const char* what, const std::string& actual) {
  if (actual == command.text) return;
  spdlog::error("script line {}: expected {} '{}', found '{}'", command.line, what, command.text, actual);
  m_exitCode = 1;
}

bool ScriptPlayer::scheduleKey(const std::string& chord, Clock::time_point at) {
  Uint16 mod = KMOD_NONE;
  std::string rest = chord;
  for (const auto& [prefix, bit] : {std::pair<std::string, Uint16>{"Ctrl+", KMOD_LCTRL}, {"Alt+", KMOD_LALT},
                                    {"Shift+", KMOD_LSHIFT}}) {
    while (rest.rfind(prefix, 0) == 0) {
      mod = static_cast<Uint16>(mod | bit);
      rest.erase(0, prefix.size());
    }
  }
  const SDL_Keycode key = SDL_GetKeyFromName(rest.c_str());
  if (key == SDLK_UNKNOWN) return false;
  for (const Uint32 type : {Uint32{SDL_KEYDOWN}, Uint32{SDL_KEYUP}}) {
    SDL_Event event{};
    event.type = type;
    event.key.state = type == SDL_KEYDOWN ? SDL_PRESSED : SDL_RELEASED;
    event.key.keysym.sym = key;
    event.key.keysym.scancode = SDL_GetScancodeFromKey(key);
    event.key.keysym.mod = mod;
    m_events.push_back({at, event});
  }
  return true;
}

std::optional<int> ScriptPlayer::tick(ScriptHost& host, Clock::time_point now) {
  while (!m_exitCode) {
    while (!m_events.empty() && m_events.front().at <= now) {
      SDL_PushEvent(&m_events.front().event);
      m_events.pop_front();
    }
    if (!m_events.empty() || now < m_waitUntil || !host.settled()) return std::nullopt;
    if (m_awaitScreen) {
      if (host.currentScreen() != m_awaitScreen->first.text) {
        if (std::chrono::steady_clock::now() < m_awaitScreen->second) return std::nullopt;
        expect(m_awaitScreen->first, "screen", host.currentScreen());
      }
      m_awaitScreen.reset();
      continue;
    }
    if (!m_keyTaps.empty()) {
      tapNextKey(host, now);
      continue;
    }
    if (m_next < m_commands.size()) {
      start(m_commands[m_next++], host, now);
      continue;
    }
    if (!m_quitDeadline) return 0;
    if (now < *m_quitDeadline) return std::nullopt;
    spdlog::error("script: expected the kiosk to quit, it is still running");
    return 1;
  }
  return m_exitCode;
}

std::optional<ScriptPlayer::Clock::time_point> ScriptPlayer::nextDue(Clock::time_point now) const {
  if (!m_events.empty()) return m_events.front().at;
  if (m_waitUntil > now) return m_waitUntil;
  if (m_awaitScreen) return now + std::chrono::milliseconds(50);  // look again soon: the answer may come without an event
  if (m_quitDeadline && m_next >= m_commands.size()) return m_quitDeadline;
  return std::nullopt;
}

}  // namespace kiosk::platform
