#include "kiosk/platform/sdl_waker.h"

#include <stdexcept>

namespace kiosk::platform {
namespace {

void push(std::uint32_t type) {
  SDL_Event event{};
  event.type = type;
  SDL_PushEvent(&event);
}

}  // namespace

SdlWaker::SdlWaker() {
  const Uint32 first = SDL_RegisterEvents(2);
  if (first == static_cast<Uint32>(-1)) throw std::runtime_error("SDL_RegisterEvents: no user events left");
  m_wakeType = first;
  m_quitType = first + 1;
}

std::function<void()> SdlWaker::wakeFunction() const {
  return [type = m_wakeType] { push(type); };
}

void SdlWaker::requestQuit() const { push(m_quitType); }

}  // namespace kiosk::platform
