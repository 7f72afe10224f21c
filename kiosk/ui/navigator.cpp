#include "kiosk/ui/navigator.h"

#include <spdlog/spdlog.h>

namespace kiosk::ui {

void Navigator::add(std::unique_ptr<Screen> screen) {
  const ScreenId id = screen->id();
  m_screens[id] = std::move(screen);
}

void Navigator::go(ScreenId id) { m_pending = Request{Kind::Go, id}; }
void Navigator::replace(ScreenId id) { m_pending = Request{Kind::Replace, id}; }
void Navigator::endSession() {
  for (auto& [id, screen] : m_screens) screen->onSessionEnded();
}

void Navigator::resetTo(ScreenId id) { m_pending = Request{Kind::Reset, id}; }

void Navigator::back() {
  if (!m_history.empty()) m_pending = Request{Kind::Back, m_history.back()};
}

void Navigator::startAt(ScreenId id, std::vector<ScreenId> history) {
  m_current = id;
  m_history = std::move(history);
  m_pending.reset();
}

Screen& Navigator::current() { return *m_screens.at(m_current); }

bool Navigator::applyPending(UiContext& ctx) {
  if (!m_pending) return false;
  const Request request = *m_pending;
  m_pending.reset();
  if (!m_screens.contains(request.target)) {
    spdlog::error("navigation to unregistered screen '{}' ignored", toString(request.target));
    return false;
  }
  switch (request.kind) {
    case Kind::Go:
      if (request.target == m_current) return false;
      m_history.push_back(m_current);
      break;
    case Kind::Back: m_history.pop_back(); break;
    case Kind::Reset: m_history.clear(); break;
    case Kind::Replace: break;
  }
  const bool changed = request.target != m_current;
  if (changed) {
    current().onLeave();
    m_current = request.target;
    spdlog::info("screen: {}", toString(m_current));
    current().onEnter(ctx);
  }
  return changed;
}

}  // namespace kiosk::ui
