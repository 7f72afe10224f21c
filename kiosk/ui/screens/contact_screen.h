// ContactScreen: "Leave your contact". An intro (what happens next, how data is protected),
// then the lead form in four steps — details, company, interests, privacy — typed on the
// on-screen keyboard. The submission goes to the lead store's worker; the receipt moves the
// visitor to the confirmation screen. With a reader running, "Scan your badge" on the first step
// fills the fields a badge carries (contact_screen_badge.cpp); the visitor checks and completes them.
#pragma once

#include <optional>

#include "kiosk/core/badge_prefill.h"
#include "kiosk/core/lead_form.h"
#include "kiosk/ui/screen.h"
#include "kiosk/ui/widgets/on_screen_keyboard.h"
#include "kiosk/ui/widgets/touch_scroll_area.h"

namespace kiosk::ui {

class ContactScreen final : public Screen {
 public:
  [[nodiscard]] ScreenId id() const override { return ScreenId::Contact; }
  void draw(UiContext& ctx) override;
  void onEnter(UiContext& ctx) override;
  void onSessionEnded() override;

 private:
  void drawIntro(UiContext& ctx);
  void drawUnavailable(UiContext& ctx);
  void drawStepBar(UiContext& ctx);
  // Each returns the bottom of what it drew, for the keyboard to keep the active field visible.
  void drawDetails(UiContext& ctx, float top);
  void drawCompany(UiContext& ctx, float top);
  void drawInterests(UiContext& ctx, float top);
  void drawPrivacy(UiContext& ctx, float top);
  void drawFooter(UiContext& ctx);
  void drawKeyboard(UiContext& ctx);
  void drawNotice(UiContext& ctx);
  void drawSaving(UiContext& ctx);
  // Badge prefill (contact_screen_badge.cpp).
  void takeBadgeScan(UiContext& ctx);
  void drawBadgeWaiting(UiContext& ctx, float top);
  void drawBadgeFooter(UiContext& ctx, float left, float right, float y);

  // A text field of the form at (pos, width); tapping it starts typing into it.
  void field(UiContext& ctx, leads::Field which, ImVec2 pos, float width);
  void focus(std::optional<leads::Field> which);
  void focusNext();
  void submit(UiContext& ctx);
  void reset();

  core::LeadForm m_form;
  bool m_started = false;   // past the intro
  bool m_showNotice = false;
  bool m_submitting = false;
  std::optional<leads::Field> m_active;  // the field the keyboard types into
  float m_activeBottom = 0;              // where the active field ends when the form is not lifted
  float m_lift = 0;                      // how far the form is lifted above the keyboard this frame
  bool m_waitingBadge = false;                            // "hold your badge to the reader" is showing
  std::optional<core::BadgePrefill::Outcome> m_badgeOutcome;  // what the last badge scan did, shown in the footer
  std::size_t m_badgeFilled = 0;
  OnScreenKeyboard m_keyboard;
  TouchScrollArea m_noticeScroll;
};

}  // namespace kiosk::ui
