// SdlWaker: lets any thread wake the UI thread out of SDL_WaitEventTimeout.
// SDL_PushEvent is thread-safe; the event carries no data, the mailbox has it.
#pragma once

#include <cstdint>
#include <functional>

#include <SDL_events.h>

namespace kiosk::platform {

class SdlWaker {
 public:
  SdlWaker();  // registers the event types; call after SDL_Init

  [[nodiscard]] std::function<void()> wakeFunction() const;
  // Asks the UI thread to quit (from the signal watcher).
  void requestQuit() const;

  [[nodiscard]] bool isWake(const SDL_Event& event) const { return event.type == m_wakeType; }
  [[nodiscard]] bool isQuit(const SDL_Event& event) const { return event.type == m_quitType; }

 private:
  std::uint32_t m_wakeType;
  std::uint32_t m_quitType;
};

}  // namespace kiosk::platform
