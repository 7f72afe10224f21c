// Navigator: owns the screens and the back history. Requests made while a frame is
// being drawn take effect after it (applyPending), so a screen never vanishes mid-draw.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <vector>

#include "kiosk/ui/screen.h"

namespace kiosk::ui {

class Navigator {
 public:
  void add(std::unique_ptr<Screen> screen);

  void go(ScreenId id);       // remembers the current screen for back()
  void replace(ScreenId id);  // no history entry (PIN pad -> staff panel)
  void back();
  void resetTo(ScreenId id);  // forgets the history (idle reset, staff panel closed)

  // Sets the first screen and what back() leads to, before the first frame (no callbacks).
  void startAt(ScreenId id, std::vector<ScreenId> history);

  // Applies the last request; returns true when the screen changed.
  bool applyPending(UiContext& ctx);

  // Tells every screen that the visit is over.
  void endSession();

  [[nodiscard]] Screen& current();
  [[nodiscard]] ScreenId currentId() const { return m_current; }
  [[nodiscard]] bool canGoBack() const { return !m_history.empty(); }
  [[nodiscard]] bool has(ScreenId id) const { return m_screens.contains(id); }
  [[nodiscard]] bool hasPending() const { return m_pending.has_value(); }

 private:
  enum class Kind { Go, Replace, Back, Reset };
  struct Request {
    Kind kind;
    ScreenId target;
  };

  std::map<ScreenId, std::unique_ptr<Screen>> m_screens;
  ScreenId m_current = ScreenId::Attract;
  std::vector<ScreenId> m_history;
  std::optional<Request> m_pending;
};

}  // namespace kiosk::ui
