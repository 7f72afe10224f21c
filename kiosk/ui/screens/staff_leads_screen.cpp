#include "kiosk/ui/screens/staff_leads_screen.h"

#include <algorithm>
#include <ctime>

#include "kiosk/ui/icons.h"
#include "kiosk/ui/navigator.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/choice_chip.h"
#include "kiosk/ui/widgets/drawing.h"
#include "kiosk/ui/widgets/text_field.h"
#include "kiosk/ui/widgets/touch_button.h"

namespace kiosk::ui {
namespace {

constexpr float kRowHeight = 112.0f;
constexpr std::size_t kShownDays = 7;
constexpr std::int64_t kMaxRows = 200;  // a search, not an export: kioskctl exports everything

// "2026-11-30" for the local day `daysBack` days ago (the store's filters take local days).
std::string localDay(int daysBack) {
  const std::time_t t = std::time(nullptr) - static_cast<std::time_t>(daysBack) * 86'400;
  std::tm local{};
  localtime_r(&t, &local);
  char text[16];
  std::strftime(text, sizeof text, "%Y-%m-%d", &local);
  return text;
}

// "2026-11-30T09:30:12.345Z" (UTC) as local "30/11 10:30".
std::string localTime(const std::string& isoUtc) {
  std::tm utc{};
  if (!strptime(isoUtc.c_str(), "%Y-%m-%dT%H:%M:%S", &utc)) return isoUtc;
  const std::time_t t = timegm(&utc);
  std::tm local{};
  localtime_r(&t, &local);
  char text[24];
  std::strftime(text, sizeof text, "%d/%m %H:%M", &local);
  return text;
}

void card(const UiContext& ctx, ImVec2 pos, ImVec2 size) {
  drawCard(ImGui::GetWindowDrawList(), pos, ImVec2(pos.x + size.x, pos.y + size.y), theme::kSurface,
           ctx.px(theme::kRadius), ctx.px(4));
}

}  // namespace

void StaffLeadsScreen::onEnter(UiContext& ctx) {
  m_editing = Editing::None;
  m_confirmErase.reset();
  m_eventDraft = ctx.state.leads.eventName;
  m_scroll.resetToTop();
  refresh(ctx);
}

void StaffLeadsScreen::onLeave() {
  m_search.clear();
  m_confirmErase.reset();
  m_editing = Editing::None;
}

core::LeadQuery StaffLeadsScreen::makeQuery(const UiContext& ctx) {
  core::LeadQuery query;
  query.id = m_nextQuery++;
  query.filter.name = m_search;
  query.filter.newestFirst = true;
  query.filter.limit = kMaxRows;
  if (m_period == Period::Today) query.filter.day = localDay(0);
  if (m_period == Period::Week) query.filter.since = localDay(6);
  if (m_currentEventOnly) query.filter.event = ctx.state.leads.eventName;
  query.countsEvent = m_currentEventOnly ? ctx.state.leads.eventName : std::string();
  return query;
}

void StaffLeadsScreen::refresh(UiContext& ctx) {
  if (!ctx.state.leads.query) return;  // no store service (screenshot mode)
  auto query = makeQuery(ctx);
  m_awaiting = query.id;
  ctx.state.leads.query(std::move(query));
}

void StaffLeadsScreen::draw(UiContext& ctx) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float margin = ctx.px(theme::kMargin);
  const float top = ctx.px(theme::kHeaderHeight) + ctx.px(32);
  drawText(list, ctx.fonts.title, ImVec2(margin, top), theme::kText, ctx.tr("staff.leads.title"));
  const ImVec2 backSize(ctx.px(420), ctx.px(80));
  if (touchButton(ctx, "##to-panel", ImVec2(ctx.size.x - margin - backSize.x, top), backSize, secondaryLook(ctx),
                  ctx.tr("staff.leads.back"), icons::kChevronLeft)) {
    ctx.nav.back();
  }
  const float body = top + ctx.px(112);
  const float bottom = m_editing == Editing::None ? ctx.size.y - ctx.px(32) : ctx.size.y - OnScreenKeyboard::height(ctx);
  const float sideWidth = ctx.px(560);
  const float gap = ctx.px(32);
  drawSide(ctx, ImVec2(margin, body), sideWidth);
  const float mainX = margin + sideWidth + gap;
  const float mainWidth = ctx.size.x - mainX - margin;
  drawSearch(ctx, ImVec2(mainX, body), mainWidth);
  const float rowsTop = body + ctx.px(250);
  drawRows(ctx, ImVec2(mainX, rowsTop), ImVec2(mainWidth, bottom - rowsTop));
  if (m_editing != Editing::None) drawKeyboard(ctx);
}

void StaffLeadsScreen::drawSide(UiContext& ctx, ImVec2 pos, float width) {
  const float pad = ctx.px(28);
  auto& desk = ctx.state.leads;
  float y = pos.y;

  // The event every new lead is recorded with.
  const float eventHeight = pad * 2 + textFieldHeight(ctx) - ctx.px(20);
  card(ctx, ImVec2(pos.x, y), ImVec2(width, eventHeight));
  const bool editing = m_editing == Editing::Event;
  const TextFieldView view{ctx.tr("staff.leads.event"), editing ? m_eventDraft.c_str() : desk.eventName.c_str(),
                           nullptr, false, editing};
  if (textField(ctx, "##event", ImVec2(pos.x + pad, y + pad), width - pad * 2, view) && !editing) {
    m_eventDraft = desk.eventName;
    m_editing = Editing::Event;
    m_keyboard.focus(core::KeyboardMode::Text, false, 80);
  }
  y += eventHeight + ctx.px(24);

  drawStoreAlarm(ctx, pos, width, y);
  drawDays(ctx, ImVec2(pos.x, y), width);
}

void StaffLeadsScreen::drawStoreAlarm(UiContext& ctx, ImVec2 pos, float width, float& y) {
  const auto& desk = ctx.state.leads;
  std::string problem;
  if (!desk.query) return;  // no lead service (screenshots): nothing to report
  if (!desk.storeOpen) {
    problem = ctx.tr("staff.leads.store_closed");
  } else if (!desk.status.integrityOk) {
    problem = ctx.state.i18n.format("staff.leads.damaged", {{"file", desk.status.damagedCopy.filename().string()}});
  } else if (desk.status.pendingLeads > 0) {
    problem = ctx.state.i18n.format("staff.leads.pending", {{"count", std::to_string(desk.status.pendingLeads)}});
  }
  if (problem.empty()) return;
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float pad = ctx.px(24);
  const std::string text = std::string(icons::kWarning) + "  " + problem;
  const float height = textSize(ctx.fonts.bodyBold, text.c_str(), width - pad * 2).y + pad * 2;
  drawCard(list, ImVec2(pos.x, y), ImVec2(pos.x + width, y + height), theme::kDanger, ctx.px(theme::kRadius), 0);
  drawText(list, ctx.fonts.bodyBold, ImVec2(pos.x + pad, y + pad), theme::kTextOnDark, text.c_str(), width - pad * 2);
  y += height + ctx.px(24);
}

void StaffLeadsScreen::drawDays(UiContext& ctx, ImVec2 pos, float width) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float pad = ctx.px(28);
  const float row = ctx.px(50);
  // The latest days that had leads (an event's days, not the calendar): newest first.
  std::vector<leads::DayCount> days;
  if (ctx.state.leads.lastQuery) days = ctx.state.leads.lastQuery->days;
  std::sort(days.begin(), days.end(), [](const auto& a, const auto& b) { return a.day > b.day; });
  if (days.size() > kShownDays) days.resize(kShownDays);
  const float height = pad * 2 + ctx.px(60) + row * static_cast<float>(std::max<std::size_t>(days.size(), 1));
  card(ctx, pos, ImVec2(width, height));
  drawText(list, ctx.fonts.heading, ImVec2(pos.x + pad, pos.y + pad), theme::kBrand, ctx.tr("staff.leads.per_day"));
  float y = pos.y + pad + ctx.px(60);
  if (days.empty()) {
    drawText(list, ctx.fonts.body, ImVec2(pos.x + pad, y), theme::kTextMuted, ctx.tr("staff.leads.no_days"));
    return;
  }
  std::int64_t most = 1;
  for (const auto& day : days) most = std::max(most, day.newLeads);
  const float labelWidth = ctx.px(170);
  const float barWidth = width - pad * 2 - labelWidth - ctx.px(70);
  for (const auto& day : days) {
    drawText(list, ctx.fonts.body, ImVec2(pos.x + pad, y), theme::kTextMuted, day.day.c_str());
    const ImVec2 bar(pos.x + pad + labelWidth, y + ctx.px(8));
    list->AddRectFilled(bar, ImVec2(bar.x + barWidth, bar.y + ctx.px(26)), theme::kBackground, ctx.px(6));
    const float filled = barWidth * static_cast<float>(day.newLeads) / static_cast<float>(most);
    if (day.newLeads > 0) list->AddRectFilled(bar, ImVec2(bar.x + filled, bar.y + ctx.px(26)), theme::kContact, ctx.px(6));
    const std::string number = std::to_string(day.newLeads);
    drawText(list, ctx.fonts.bodyBold, ImVec2(bar.x + barWidth + ctx.px(16), y), theme::kText, number.c_str());
    y += row;
  }
}

void StaffLeadsScreen::drawSearch(UiContext& ctx, ImVec2 pos, float width) {
  const bool editing = m_editing == Editing::Search;
  const float fieldWidth = width;
  const TextFieldView view{ctx.tr("staff.leads.search"), m_search.c_str(), nullptr, false, editing};
  if (textField(ctx, "##search", pos, fieldWidth, view) && !editing) {
    m_editing = Editing::Search;
    m_keyboard.focus(core::KeyboardMode::Text, false, 60);
  }
  // Period and event filters: a tap refreshes at once.
  const float chipTop = pos.y + textFieldHeight(ctx) + ctx.px(4);
  const float gap = ctx.px(16);
  float x = pos.x;
  const float chipWidth = (width - gap * 3) / 4.0f;
  const ImVec2 chip(chipWidth, ctx.px(76));
  const std::pair<Period, const char*> periods[] = {
      {Period::Today, "staff.leads.today"}, {Period::Week, "staff.leads.week"}, {Period::All, "staff.leads.all"}};
  for (const auto& [period, key] : periods) {
    const std::string id = std::string("##") + key;
    if (choiceChip(ctx, id.c_str(), ImVec2(x, chipTop), chip, ctx.tr(key), m_period == period, ChipKind::Radio,
                   theme::kBrand) &&
        m_period != period) {
      m_period = period;
      refresh(ctx);
    }
    x += chipWidth + gap;
  }
  if (choiceChip(ctx, "##this-event", ImVec2(x, chipTop), chip, ctx.tr("staff.leads.this_event"), m_currentEventOnly,
                 ChipKind::Check, theme::kBrand)) {
    m_currentEventOnly = !m_currentEventOnly;
    refresh(ctx);
  }
}

void StaffLeadsScreen::drawRows(UiContext& ctx, ImVec2 pos, ImVec2 size) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const auto& result = ctx.state.leads.lastQuery;
  const bool current = result && result->id == m_awaiting;
  if (!current || !result->error.empty() || result->rows.empty()) {
    const char* message = !ctx.state.leads.query       ? ctx.tr("staff.leads.no_store")
                          : !current                  ? ctx.tr("staff.leads.searching")
                          : !result->error.empty()    ? ctx.tr("staff.leads.error")
                                                      : ctx.tr("staff.leads.none");
    std::string text = message;
    if (current && result->erased) {
      text += "  ·  " + ctx.state.i18n.format("staff.leads.erased", {{"count", std::to_string(*result->erased)}});
    }
    drawText(list, ctx.fonts.body, ImVec2(pos.x, pos.y + ctx.px(20)), theme::kTextMuted, text.c_str());
    if (current && !result->error.empty()) {
      drawText(list, ctx.fonts.small, ImVec2(pos.x, pos.y + ctx.px(64)), theme::kDanger, result->error.c_str());
    }
    return;
  }
  const std::string summary = ctx.state.i18n.format("staff.leads.found", {{"count", std::to_string(result->rows.size())}});
  std::string header = summary;
  if (result->erased) {
    header += "  ·  " + ctx.state.i18n.format("staff.leads.erased", {{"count", std::to_string(*result->erased)}});
  }
  drawText(list, ctx.fonts.bodyBold, pos, theme::kText, header.c_str());
  const float listTop = pos.y + ctx.px(52);
  m_scroll.begin(ctx, "##lead-rows", ImVec2(pos.x, listTop), ImVec2(size.x, size.y - ctx.px(52)));
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float row = ctx.px(kRowHeight);
  float y = origin.y;
  const ImVec2 eraseSize(ctx.px(250), ctx.px(80));
  for (const auto& lead : result->rows) {
    const auto& f = lead.fields;
    drawCard(list, ImVec2(origin.x, y), ImVec2(origin.x + size.x, y + row - ctx.px(12)), theme::kSurface,
             ctx.px(14), ctx.px(2));
    const std::string name = f.firstName + " " + f.lastName + (f.company.empty() ? "" : "  ·  " + f.company);
    drawText(list, ctx.fonts.bodyBold, ImVec2(origin.x + ctx.px(24), y + ctx.px(12)), theme::kText, name.c_str());
    const std::string detail = f.email + (f.phone.empty() ? "" : "  ·  " + f.phone) + "  ·  " + lead.eventName +
                               "  ·  " + localTime(lead.updatedAt);
    drawText(list, ctx.fonts.small, ImVec2(origin.x + ctx.px(24), y + ctx.px(56)), theme::kTextMuted, detail.c_str());
    const ImVec2 at(origin.x + size.x - eraseSize.x - ctx.px(16), y + (row - ctx.px(12) - eraseSize.y) * 0.5f);
    ImGui::PushID(lead.id.c_str());
    const bool asking = m_confirmErase && *m_confirmErase == f.email;
    if (!asking) {
      if (touchButton(ctx, "##erase", at, eraseSize, secondaryLook(ctx), ctx.tr("staff.leads.erase"), icons::kTimes)) {
        m_confirmErase = f.email;
      }
    } else if (touchButton(ctx, "##erase-confirm", at, eraseSize, primaryLook(ctx, theme::kDanger),
                           ctx.tr("staff.leads.erase_confirm"), icons::kTimes)) {
      if (ctx.state.leads.erase) {
        auto then = makeQuery(ctx);
        m_awaiting = then.id;
        ctx.state.leads.erase(f.email, std::move(then));
      }
      m_confirmErase.reset();
    }
    ImGui::PopID();
    y += row;
  }
  m_scroll.end(y - origin.y);
}

void StaffLeadsScreen::drawKeyboard(UiContext& ctx) {
  const float height = OnScreenKeyboard::height(ctx);
  std::string& value = m_editing == Editing::Search ? m_search : m_eventDraft;
  const auto result = m_keyboard.draw(ctx, ImVec2(0, ctx.size.y - height), ImVec2(ctx.size.x, height), value);
  if (result != OnScreenKeyboard::Result::Next) return;
  if (m_editing == Editing::Event && ctx.state.leads.setEvent) ctx.state.leads.setEvent(m_eventDraft);
  m_editing = Editing::None;
  m_scroll.resetToTop();
  refresh(ctx);
}

}  // namespace kiosk::ui
