// ContactDoneScreen: the thank-you after a lead was handed to the store. It shows nothing
// the visitor typed, and returns to the attract loop (wiping the visit) on a tap or by itself.
#pragma once

#include <chrono>
#include <optional>

#include "kiosk/ui/screen.h"

namespace kiosk::ui {

class ContactDoneScreen final : public Screen {
 public:
  static constexpr std::chrono::seconds kStay{20};

  [[nodiscard]] ScreenId id() const override { return ScreenId::ContactDone; }
  void draw(UiContext& ctx) override;
  void onEnter(UiContext& ctx) override;

 private:
  // Set on the first frame drawn: a screen can also be shown without onEnter (screenshots).
  std::optional<std::chrono::steady_clock::time_point> m_enteredAt;
};

}  // namespace kiosk::ui
