// LibraryScreen: the best-practice library. For now the technology areas it is organised
// by, as a list that scrolls with the finger (videos arrive with the media player).
#pragma once

#include "kiosk/ui/screen.h"
#include "kiosk/ui/widgets/touch_scroll_area.h"

namespace kiosk::ui {

class LibraryScreen final : public Screen {
 public:
  [[nodiscard]] ScreenId id() const override { return ScreenId::Library; }
  void onEnter(UiContext& ctx) override;
  void draw(UiContext& ctx) override;
  [[nodiscard]] float scrollOffset() const { return m_list.offset(); }

 private:
  TouchScrollArea m_list;
};

}  // namespace kiosk::ui
