#include "kiosk/ui/screens/contact_screen.h"

#include <algorithm>
#include <string>

#include "kiosk/core/technology_areas.h"
#include "kiosk/ui/icons.h"
#include "kiosk/ui/navigator.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/choice_chip.h"
#include "kiosk/ui/widgets/drawing.h"
#include "kiosk/ui/widgets/info_card.h"
#include "kiosk/ui/widgets/section_intro.h"
#include "kiosk/ui/widgets/text_field.h"
#include "kiosk/ui/widgets/touch_button.h"

namespace kiosk::ui {
namespace {

using leads::Field;

constexpr float kStepBar = 96.0f;
constexpr float kFooter = 136.0f;
constexpr std::size_t kMaxShortText = 80;  // code points: the store accepts up to 200 bytes
constexpr std::size_t kMaxNote = 500;

std::string fieldLabelKey(Field field) { return "leads.field." + std::string(leads::fieldName(field)); }

core::KeyboardMode keyboardFor(Field field) {
  if (field == Field::Email) return core::KeyboardMode::Email;
  if (field == Field::Phone) return core::KeyboardMode::Phone;
  return core::KeyboardMode::Text;
}

const char* stepKey(core::FormStep step) {
  switch (step) {
    case core::FormStep::Details: return "leads.step.details";
    case core::FormStep::Company: return "leads.step.company";
    case core::FormStep::Interests: return "leads.step.interests";
    case core::FormStep::Privacy: return "leads.step.privacy";
  }
  return "leads.step.details";
}

}  // namespace

void ContactScreen::onEnter(UiContext& /*ctx*/) {
  m_showNotice = false;
  focus(std::nullopt);
}

void ContactScreen::onSessionEnded() { reset(); }

void ContactScreen::reset() {
  m_form.wipe();
  m_started = false;
  m_showNotice = false;
  m_submitting = false;
  m_active.reset();
  m_waitingBadge = false;
  m_badgeOutcome.reset();
  m_badgeFilled = 0;
}

void ContactScreen::focus(std::optional<Field> which) {
  if (m_active && m_active != which) m_form.check(*m_active);  // the visitor left it: say what is wrong now
  m_active = which;
  if (!which) return;
  const bool capitalise = *which != Field::Email && *which != Field::Phone;
  m_keyboard.focus(keyboardFor(*which), capitalise, *which == Field::Note ? kMaxNote : kMaxShortText);
}

void ContactScreen::focusNext() {
  const auto& order = core::LeadForm::textFields(m_form.step());
  const auto it = std::find(order.begin(), order.end(), *m_active);
  focus(it != order.end() && it + 1 != order.end() ? std::optional(*(it + 1)) : std::nullopt);
}

void ContactScreen::draw(UiContext& ctx) {
  m_form.setRules(ctx.state.leads.rules);
  takeBadgeScan(ctx);
  if (!ctx.state.leads.contentProblems.empty()) {
    drawUnavailable(ctx);
    return;
  }
  if (!m_started) {
    drawIntro(ctx);
    return;
  }
  if (m_submitting) {
    drawSaving(ctx);
    return;
  }
  if (m_showNotice) {
    drawNotice(ctx);
    return;
  }

  const float headerBottom = ctx.px(theme::kHeaderHeight);
  const float keyboardTop = m_active ? ctx.size.y - OnScreenKeyboard::height(ctx) : ctx.size.y;
  // Lift the form so the field being typed into stays above the keyboard.
  const float lift = m_active ? std::max(0.0f, m_activeBottom - keyboardTop + ctx.px(24)) : 0.0f;
  m_lift = lift;
  const float top = headerBottom + ctx.px(kStepBar) - lift;
  // ImGui's clip rect, not only the draw list's: the form's fields must not take touches
  // meant for the keyboard. (ImGui::PushClipRect clips the draw list too.)
  ImGui::PushClipRect(ImVec2(0, headerBottom), ImVec2(ctx.size.x, keyboardTop), true);
  switch (m_form.step()) {
    case core::FormStep::Details:
      if (m_waitingBadge) {
        drawBadgeWaiting(ctx, top);
      } else {
        drawDetails(ctx, top);
      }
      break;
    case core::FormStep::Company: drawCompany(ctx, top); break;
    case core::FormStep::Interests: drawInterests(ctx, top); break;
    case core::FormStep::Privacy: drawPrivacy(ctx, top); break;
  }
  ImGui::PopClipRect();
  if (lift == 0.0f) drawStepBar(ctx);

  if (m_active) {
    drawKeyboard(ctx);
  } else {
    drawFooter(ctx);
  }
}

void ContactScreen::drawIntro(UiContext& ctx) {
  const float top = sectionIntro(ctx, icons::kHandshake, theme::kContact, ctx.tr("contact.title"), ctx.tr("contact.lead"));
  const float margin = ctx.px(theme::kMargin);
  const float gap = ctx.px(28);
  const float bottom = ctx.size.y - ctx.px(kFooter);
  const float leftWidth = (ctx.size.x - margin * 2 - gap) * 0.58f;
  const float stepHeight = (bottom - top - gap * 2) / 3.0f;
  for (int i = 0; i < 3; ++i) {
    const std::string key = "contact.step" + std::to_string(i + 1);
    const std::string number = std::to_string(i + 1);
    drawInfoCard(ctx, ImVec2(margin, top + static_cast<float>(i) * (stepHeight + gap)), ImVec2(leftWidth, stepHeight),
                 InfoCard{number.c_str(), ctx.fonts.heading, theme::kContact, ctx.tr(key + ".title"),
                          ctx.tr(key + ".text")},
                 CardLayout::Row);
  }
  const float rightX = margin + leftWidth + gap;
  drawInfoCard(ctx, ImVec2(rightX, top), ImVec2(ctx.size.x - margin - rightX, bottom - top),
               InfoCard{icons::kShield, ctx.fonts.icon, theme::kBrand, ctx.tr("contact.privacy.title"),
                        ctx.tr("contact.privacy.text")},
               CardLayout::Column);

  const ImVec2 size(ctx.px(520), ctx.px(theme::kButtonHeight));
  ButtonLook look = primaryLook(ctx, theme::kContact);
  look.font = ctx.fonts.heading;
  if (touchButton(ctx, "##start", ImVec2(ctx.size.x - margin - size.x, ctx.size.y - ctx.px(kFooter) + ctx.px(20)),
                  size, look, ctx.tr("leads.start"), icons::kChevronRight)) {
    m_started = true;
  }
}

void ContactScreen::drawUnavailable(UiContext& ctx) {
  const float top = sectionIntro(ctx, icons::kHandshake, theme::kContact, ctx.tr("contact.title"), ctx.tr("contact.lead"));
  const float margin = ctx.px(theme::kMargin);
  drawInfoCard(ctx, ImVec2(margin, top), ImVec2(ctx.size.x - margin * 2, ctx.px(260)),
               InfoCard{icons::kWarning, ctx.fonts.icon, theme::kDanger, ctx.tr("leads.unavailable.title"),
                        ctx.tr("leads.unavailable.text")},
               CardLayout::Row);
}

void ContactScreen::drawStepBar(UiContext& ctx) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float margin = ctx.px(theme::kMargin);
  const float y = ctx.px(theme::kHeaderHeight);
  const float height = ctx.px(kStepBar);
  const int index = static_cast<int>(m_form.step());
  const std::string counter = ctx.state.i18n.format(
      "leads.step_of", {{"n", std::to_string(index + 1)}, {"total", std::to_string(core::kFormSteps)}});
  const float counterWidth = textSize(ctx.fonts.bodyBold, counter.c_str()).x;
  const float centerY = y + height * 0.5f;
  drawText(list, ctx.fonts.bodyBold, ImVec2(margin, centerY - ctx.fonts.bodyBold->FontSize * 0.5f), theme::kContact,
           counter.c_str());
  drawText(list, ctx.fonts.heading, ImVec2(margin + counterWidth + ctx.px(24), centerY - ctx.fonts.heading->FontSize * 0.5f),
           theme::kText, ctx.tr(stepKey(m_form.step())));
  // Progress: one segment per step.
  const float segment = ctx.px(72);
  const float gap = ctx.px(10);
  float x = ctx.size.x - margin - (segment + gap) * core::kFormSteps + gap;
  for (int i = 0; i < core::kFormSteps; ++i, x += segment + gap) {
    list->AddRectFilled(ImVec2(x, centerY - ctx.px(5)), ImVec2(x + segment, centerY + ctx.px(5)),
                        i <= index ? theme::kContact : theme::kDivider, ctx.px(5));
  }
}

void ContactScreen::field(UiContext& ctx, Field which, ImVec2 pos, float width) {
  const auto error = m_form.error(which);
  const std::string id = "##" + std::string(leads::fieldName(which));
  const TextFieldView view{ctx.tr(fieldLabelKey(which)), m_form.text(which).c_str(),
                           error ? ctx.tr(*error) : nullptr, m_form.isRequired(which), m_active == which};
  if (m_active == which) {
    const float bottom = pos.y + m_lift + textFieldHeight(ctx);  // where it is when not lifted
    if (bottom != m_activeBottom) ctx.frames.requestFrames(1);    // the lift follows on the next frame
    m_activeBottom = bottom;
  }
  if (textField(ctx, id.c_str(), pos, width, view)) focus(which);
}

void ContactScreen::drawDetails(UiContext& ctx, float top) {
  const float margin = ctx.px(theme::kMargin);
  const float gap = ctx.px(40);
  const float width = (ctx.size.x - margin * 2 - gap) * 0.5f;
  const float rowHeight = textFieldHeight(ctx) + ctx.px(6);
  const auto& fields = core::LeadForm::textFields(core::FormStep::Details);
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const ImVec2 pos(margin + static_cast<float>(i % 2) * (width + gap), top + static_cast<float>(i / 2) * rowHeight);
    field(ctx, fields[i], pos, width);
  }
}

void ContactScreen::drawCompany(UiContext& ctx, float top) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float margin = ctx.px(theme::kMargin);
  const float gap = ctx.px(14);
  const auto& sectors = ctx.state.leads.content.sectors;
  const std::string& language = ctx.state.i18n.language();

  auto label = [&](float y, Field which) {
    std::string text = ctx.tr(fieldLabelKey(which));
    if (m_form.isRequired(which)) text += " *";
    drawText(list, ctx.fonts.bodyBold, ImVec2(margin, y), theme::kText, text.c_str());
    if (auto error = m_form.error(which)) {
      const float x = margin + textSize(ctx.fonts.bodyBold, text.c_str()).x + ctx.px(24);
      drawText(list, ctx.fonts.small, ImVec2(x, y + ctx.px(6)), theme::kDanger, ctx.tr(*error));
    }
  };

  label(top, Field::Sector);
  const int columns = 3;
  const float chipWidth = (ctx.size.x - margin * 2 - gap * (columns - 1)) / columns;
  const float chipHeight = ctx.px(62);
  float y = top + ctx.px(48);
  for (std::size_t i = 0; i < sectors.size(); ++i) {
    const ImVec2 pos(margin + static_cast<float>(i % columns) * (chipWidth + gap),
                     y + static_cast<float>(i / columns) * (chipHeight + gap));
    const std::string id = "##sector" + sectors[i].code;
    const bool selected = m_form.fields().sector == sectors[i].code;
    if (choiceChip(ctx, id.c_str(), pos, ImVec2(chipWidth, chipHeight), core::localized(sectors[i].name, language).c_str(),
                   selected, ChipKind::Radio, theme::kContact)) {
      m_form.setSector(selected ? std::string() : sectors[i].code);
    }
  }
  const auto rows = static_cast<float>((sectors.size() + columns - 1) / columns);
  y += rows * (chipHeight + gap) + ctx.px(20);

  label(y, Field::CompanySize);
  y += ctx.px(48);
  const int sizes = static_cast<int>(std::size(leads::kCompanySizes));
  const float sizeWidth = (ctx.size.x - margin * 2 - gap * static_cast<float>(sizes - 1)) / static_cast<float>(sizes);
  for (int i = 0; i < sizes; ++i) {
    const std::string code(leads::kCompanySizes[i]);
    const std::string id = "##size" + code;
    const std::string labelKey = "leads.size." + code;
    const bool selected = m_form.fields().companySize == code;
    if (choiceChip(ctx, id.c_str(), ImVec2(margin + static_cast<float>(i) * (sizeWidth + gap), y),
                   ImVec2(sizeWidth, ctx.px(76)), ctx.tr(labelKey), selected, ChipKind::Radio,
                   theme::kContact)) {
      m_form.setCompanySize(selected ? std::string() : code);
    }
  }
}

void ContactScreen::drawInterests(UiContext& ctx, float top) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float margin = ctx.px(theme::kMargin);
  const float gap = ctx.px(14);
  const std::string& language = ctx.state.i18n.language();
  std::string title = ctx.tr(fieldLabelKey(Field::Interests));
  if (m_form.isRequired(Field::Interests)) title += " *";
  drawText(list, ctx.fonts.bodyBold, ImVec2(margin, top), theme::kText, title.c_str());
  if (auto error = m_form.error(Field::Interests)) {
    const float x = margin + textSize(ctx.fonts.bodyBold, title.c_str()).x + ctx.px(24);
    drawText(list, ctx.fonts.small, ImVec2(x, top + ctx.px(6)), theme::kDanger, ctx.tr(*error));
  }

  const auto& areas = ctx.state.technologyAreas;
  const int columns = 3;
  const float chipWidth = (ctx.size.x - margin * 2 - gap * (columns - 1)) / columns;
  const float chipHeight = ctx.px(76);
  const float y = top + ctx.px(48);
  for (std::size_t i = 0; i < areas.size(); ++i) {
    const ImVec2 pos(margin + static_cast<float>(i % columns) * (chipWidth + gap),
                     y + static_cast<float>(i / columns) * (chipHeight + gap));
    const std::string id = "##area" + areas[i].id;
    if (choiceChip(ctx, id.c_str(), pos, ImVec2(chipWidth, chipHeight), core::localized(areas[i].title, language).c_str(),
                   m_form.hasInterest(areas[i].id), ChipKind::Check, theme::kContact)) {
      m_form.toggleInterest(areas[i].id);
    }
  }
  const auto rows = static_cast<float>((areas.size() + columns - 1) / columns);
  field(ctx, Field::Note, ImVec2(margin, y + rows * (chipHeight + gap) + ctx.px(16)), ctx.size.x - margin * 2);
}

void ContactScreen::drawPrivacy(UiContext& ctx, float top) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float margin = ctx.px(theme::kMargin);
  const float width = ctx.size.x - margin * 2;
  const auto& privacy = ctx.state.leads.content.privacy;
  const std::string& language = ctx.state.i18n.language();

  // The promise in two lines, and the full notice one tap away.
  const float summaryHeight = ctx.px(150);
  drawCard(list, ImVec2(margin, top), ImVec2(margin + width, top + summaryHeight), theme::kSurface, ctx.px(theme::kRadius),
           ctx.px(2));
  drawIconBadge(list, ctx.fonts.icon, ctx.px(40), ImVec2(margin + ctx.px(70), top + summaryHeight * 0.5f), ctx.px(42),
                theme::withAlpha(theme::kBrand, 30), theme::kBrand, icons::kShield);
  const float textX = margin + ctx.px(140);
  const ImVec2 buttonSize(ctx.px(470), ctx.px(80));
  const float textWidth = width - ctx.px(140) - buttonSize.x - ctx.px(48);
  drawText(list, ctx.fonts.body, ImVec2(textX, top + ctx.px(26)), theme::kText, ctx.tr("leads.privacy.summary"),
           textWidth);
  const std::string version = ctx.state.i18n.format("leads.privacy.version", {{"version", privacy.version}});
  drawText(list, ctx.fonts.small, ImVec2(textX, top + summaryHeight - ctx.px(40)), theme::kTextMuted, version.c_str());
  if (touchButton(ctx, "##notice", ImVec2(margin + width - buttonSize.x - ctx.px(24), top + (summaryHeight - buttonSize.y) * 0.5f),
                  buttonSize, secondaryLook(ctx), ctx.tr("leads.privacy.read"), icons::kFileText)) {
    m_showNotice = true;
    m_noticeScroll.resetToTop();
  }

  // One unticked box per purpose (GDPR: separate, specific, not pre-ticked).
  float y = top + summaryHeight + ctx.px(32);
  for (const core::ConsentText& consent : privacy.consents) {
    std::string text = core::localized(consent.text, language);
    if (consent.required) text += " *";
    const std::string id = "##consent" + std::string(leads::toString(consent.kind));
    const float height = ctx.px(120);
    const bool granted = m_form.consent(consent.kind);
    if (choiceChip(ctx, id.c_str(), ImVec2(margin, y), ImVec2(width, height), text.c_str(), granted, ChipKind::Check,
                   theme::kBrand)) {
      m_form.setConsent(consent.kind, !granted);
    }
    y += height + ctx.px(18);
  }
  if (auto error = m_form.consentError()) {
    drawText(list, ctx.fonts.bodyBold, ImVec2(margin, y), theme::kDanger,
             (std::string(icons::kWarning) + "  " + ctx.tr(*error)).c_str());
  }
}

void ContactScreen::drawFooter(UiContext& ctx) {
  if (m_waitingBadge) return;  // the waiting card has its own Cancel
  const float margin = ctx.px(theme::kMargin);
  const ImVec2 size(ctx.px(380), ctx.px(theme::kButtonHeight));
  const float y = ctx.size.y - ctx.px(kFooter) + ctx.px(20);
  if (touchButton(ctx, "##back", ImVec2(margin, y), size, secondaryLook(ctx), ctx.tr("leads.back"), icons::kChevronLeft)) {
    if (!m_form.back()) m_started = false;
  }
  if (m_form.step() == core::FormStep::Details && (m_badgeOutcome || core::readerReady(ctx.state.reader, ctx.state.devices))) {
    drawBadgeFooter(ctx, margin + size.x + ctx.px(32), ctx.size.x - margin - size.x - ctx.px(32), y);
  }
  const bool last = m_form.step() == core::FormStep::Privacy;
  ButtonLook look = primaryLook(ctx, last ? theme::kSuccess : theme::kContact);
  look.font = ctx.fonts.heading;
  if (touchButton(ctx, "##next", ImVec2(ctx.size.x - margin - size.x, y), size, look,
                  ctx.tr(last ? "leads.submit" : "leads.next"), last ? icons::kCheck : icons::kChevronRight)) {
    if (last) {
      submit(ctx);
    } else {
      m_form.next();
    }
  }
}

void ContactScreen::drawKeyboard(UiContext& ctx) {
  const float height = OnScreenKeyboard::height(ctx);
  const ImVec2 pos(0, ctx.size.y - height);
  std::string& value = m_form.text(*m_active);
  const auto result = m_keyboard.draw(ctx, pos, ImVec2(ctx.size.x, height), value);
  if (result == OnScreenKeyboard::Result::Next) focusNext();
  // A message under the field goes away as soon as the visitor fixes it.
  if (result == OnScreenKeyboard::Result::Typed && m_form.error(*m_active)) m_form.check(*m_active);
}

void ContactScreen::submit(UiContext& ctx) {
  if (!m_form.readyToSubmit()) return;
  auto& desk = ctx.state.leads;
  const core::VisitorSession& session = ctx.state.session;
  leads::VisitContext context{ctx.state.config.kioskId, desk.eventName, session.demosTried, session.assessmentResultId,
                              session.badgeRef};
  leads::Lead lead = m_form.build(desk.content.privacy, ctx.state.i18n.language(), leads::Clock::now(), std::move(context));
  desk.receipt.reset();
  m_submitting = true;
  desk.submit(std::move(lead), session.number);
}

void ContactScreen::drawSaving(UiContext& ctx) {
  auto& receipt = ctx.state.leads.receipt;
  if (receipt && receipt->session == ctx.state.session.number) {
    if (receipt->refused) {  // the form validated first, so this is a bug: let the visitor fix what they can
      m_submitting = false;
      m_form.next();  // re-validates the current step
      return;
    }
    // Stored or kept for retry: either way the visitor is done; nothing of them stays here.
    m_form.wipe();
    m_started = false;
    m_submitting = false;
    ctx.nav.replace(ScreenId::ContactDone);
    return;
  }
  ImDrawList* list = ImGui::GetWindowDrawList();
  drawTextCentered(list, ctx.fonts.title, ImVec2(ctx.size.x * 0.5f, ctx.size.y * 0.5f), theme::kBrand,
                   ctx.tr("leads.saving"));
}

void ContactScreen::drawNotice(UiContext& ctx) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const auto& privacy = ctx.state.leads.content.privacy;
  const std::string& language = ctx.state.i18n.language();
  const float margin = ctx.px(theme::kMargin);
  const float top = ctx.px(theme::kHeaderHeight) + ctx.px(24);
  const float bottom = ctx.size.y - ctx.px(kFooter);
  drawCard(list, ImVec2(margin, top), ImVec2(ctx.size.x - margin, bottom), theme::kSurface, ctx.px(theme::kRadius),
           ctx.px(3));

  const float pad = ctx.px(48);
  const float width = ctx.size.x - margin * 2 - pad * 2;
  drawText(list, ctx.fonts.heading, ImVec2(margin + pad, top + pad * 0.6f), theme::kBrand,
           (std::string(icons::kFileText) + "  " + ctx.tr("leads.privacy.title")).c_str());
  const std::string version = ctx.state.i18n.format("leads.privacy.version", {{"version", privacy.version}});
  drawText(list, ctx.fonts.small, ImVec2(margin + pad, top + pad * 0.6f + ctx.px(58)), theme::kTextMuted,
           (core::localized(privacy.controller, language) + " · " + version).c_str());

  // The notice is long: it scrolls under the finger.
  const float textTop = top + pad * 0.6f + ctx.px(110);
  m_noticeScroll.begin(ctx, "##notice-text", ImVec2(margin + pad, textTop), ImVec2(width, bottom - pad * 0.5f - textTop));
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const std::string& text = core::localized(privacy.notice, language);
  drawText(ImGui::GetWindowDrawList(), ctx.fonts.body, origin, theme::kText, text.c_str(), width);
  m_noticeScroll.end(textSize(ctx.fonts.body, text.c_str(), width).y + ctx.px(24));

  const ImVec2 size(ctx.px(380), ctx.px(theme::kButtonHeight));
  ButtonLook look = primaryLook(ctx, theme::kBrand);
  look.font = ctx.fonts.heading;
  if (touchButton(ctx, "##close-notice", ImVec2(ctx.size.x - margin - size.x, ctx.size.y - ctx.px(kFooter) + ctx.px(20)),
                  size, look, ctx.tr("leads.privacy.close"), icons::kCheck)) {
    m_showNotice = false;
  }
}

}  // namespace kiosk::ui
