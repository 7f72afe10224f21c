// LibraryScreen: the best-practice library: a grid of tiles with thumbnails that scrolls with the
// finger, filtered by technology area and sector; a tile opens the player (LibraryPlayerScreen).
#pragma once

#include <memory>

#include "kiosk/ui/media_selection.h"
#include "kiosk/ui/screen.h"
#include "kiosk/ui/widgets/touch_scroll_area.h"

namespace kiosk::ui {

class LibraryScreen final : public Screen {
 public:
  explicit LibraryScreen(std::shared_ptr<MediaSelection> selection = std::make_shared<MediaSelection>())
      : m_selection(std::move(selection)) {}

  [[nodiscard]] ScreenId id() const override { return ScreenId::Library; }
  void onEnter(UiContext& ctx) override;
  void draw(UiContext& ctx) override;
  void onSessionEnded() override { m_selection->wipe(); }
  [[nodiscard]] float scrollOffset() const { return m_list.offset(); }

 private:
  float drawFilters(UiContext& ctx, float top);

  std::shared_ptr<MediaSelection> m_selection;
  TouchScrollArea m_list;
};

}  // namespace kiosk::ui
