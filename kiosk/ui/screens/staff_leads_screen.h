// StaffLeadsScreen: the leads for staff, behind the PIN. The event the kiosk is at, the
// store's alarms, new leads per day, a search by name, day and event, and erasure of one
// person's leads (right to erasure). Every query runs on the lead worker; the rows (personal
// data) live only while staff are on this screen.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "kiosk/core/kiosk_state.h"
#include "kiosk/ui/screen.h"
#include "kiosk/ui/widgets/on_screen_keyboard.h"
#include "kiosk/ui/widgets/touch_scroll_area.h"

namespace kiosk::ui {

class StaffLeadsScreen final : public Screen {
 public:
  enum class Period { Today, Week, All };

  [[nodiscard]] ScreenId id() const override { return ScreenId::StaffLeads; }
  void onEnter(UiContext& ctx) override;
  void onLeave() override;
  void draw(UiContext& ctx) override;
  [[nodiscard]] bool isStaffOnly() const override { return true; }

 private:
  enum class Editing { None, Search, Event };

  [[nodiscard]] core::LeadQuery makeQuery(const UiContext& ctx);
  void refresh(UiContext& ctx);
  void drawSide(UiContext& ctx, ImVec2 pos, float width);
  void drawStoreAlarm(UiContext& ctx, ImVec2 pos, float width, float& y);
  void drawDays(UiContext& ctx, ImVec2 pos, float width);
  void drawSearch(UiContext& ctx, ImVec2 pos, float width);
  void drawRows(UiContext& ctx, ImVec2 pos, ImVec2 size);
  void drawKeyboard(UiContext& ctx);

  std::string m_search;
  std::string m_eventDraft;
  Period m_period = Period::Week;
  bool m_currentEventOnly = true;
  Editing m_editing = Editing::None;
  std::optional<std::string> m_confirmErase;  // email of the row asking "erase?"
  std::uint64_t m_nextQuery = 1;
  std::uint64_t m_awaiting = 0;
  OnScreenKeyboard m_keyboard;
  TouchScrollArea m_scroll;
};

}  // namespace kiosk::ui
