#include "kiosk/ui/screens/traceability_screen.h"

#include <algorithm>
#include <string>

#include "kiosk/core/lead_form.h"  // scrub
#include "kiosk/ui/icons.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"
#include "kiosk/ui/widgets/info_card.h"
#include "kiosk/ui/widgets/section_intro.h"

namespace kiosk::ui {
namespace {

const std::string& text(const UiContext& ctx, const demos::LocalizedText& texts) {
  return demos::localizedOr(texts, ctx.state.i18n.language());
}

// "2026-10-14" -> "14/10/2026": the date as people write it in Italy (and in British English).
std::string displayDate(const std::string& iso) {
  return iso.size() == 10 ? iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4) : iso;
}

}  // namespace

void TraceabilityScreen::onEnter(UiContext& /*ctx*/) {
  m_showing = Showing::Waiting;
  m_product = nullptr;
}

void TraceabilityScreen::onSessionEnded() {
  m_showing = Showing::Waiting;
  m_product = nullptr;
}

void TraceabilityScreen::takeScan(UiContext& ctx) {
  auto scan = ctx.state.reader.take();
  if (!scan) return;
  // A badge scanned here is personal data: look it up, keep only the product, forget the text.
  m_product = ctx.state.reader.products.findByTag(*scan);
  m_showing = m_product ? Showing::Product : Showing::Unknown;
  core::scrub(*scan);
  ctx.frames.requestFrames(1);
}

void TraceabilityScreen::draw(UiContext& ctx) {
  takeScan(ctx);
  const float top = sectionIntro(ctx, icons::kBarcode, theme::kDemos, ctx.tr("trace.title"), ctx.tr("trace.lead"));
  const auto& reader = ctx.state.reader;
  if (!reader.productsProblem.empty()) {
    const float margin = ctx.px(theme::kMargin);
    drawInfoCard(ctx, ImVec2(margin, top), ImVec2(ctx.size.x - margin * 2, ctx.px(260)),
                 InfoCard{icons::kWarning, ctx.fonts.icon, theme::kDanger, ctx.tr("trace.unavailable.title"),
                          ctx.tr("trace.unavailable.text")},
                 CardLayout::Row);
    return;
  }
  switch (m_showing) {
    case Showing::Waiting: drawWaiting(ctx, top); break;
    case Showing::Unknown: drawUnknown(ctx, top); break;
    case Showing::Product: drawProduct(ctx, top, *m_product); break;
  }
}

void TraceabilityScreen::drawWaiting(UiContext& ctx, float top) {
  const float margin = ctx.px(theme::kMargin);
  const ImVec2 size(ctx.size.x - margin * 2, std::min(ctx.px(360), ctx.size.y - top - ctx.px(64)));
  // Screenshots run without workers; a kiosk without a reader says so instead of waiting forever.
  const bool offline = !core::readerReady(ctx.state.reader, ctx.state.devices);
  drawInfoCard(ctx, ImVec2(margin, top), size,
               InfoCard{offline ? icons::kWarning : icons::kBarcode, ctx.fonts.icon,
                        offline ? theme::kTextMuted : theme::kDemos,
                        ctx.tr(offline ? "trace.offline.title" : "trace.waiting.title"),
                        ctx.tr(offline ? "trace.offline.text" : "trace.waiting.text"),
                        offline ? ctx.tr("demos.not_connected") : nullptr},
               CardLayout::Column);
}

void TraceabilityScreen::drawUnknown(UiContext& ctx, float top) {
  const float margin = ctx.px(theme::kMargin);
  const ImVec2 size(ctx.size.x - margin * 2, std::min(ctx.px(360), ctx.size.y - top - ctx.px(64)));
  drawInfoCard(ctx, ImVec2(margin, top), size,
               InfoCard{icons::kInfo, ctx.fonts.icon, theme::kHighlight, ctx.tr("trace.unknown.title"),
                        ctx.tr("trace.unknown.text")},
               CardLayout::Column);
}

void TraceabilityScreen::drawProduct(UiContext& ctx, float top, const demos::TracedProduct& product) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const float margin = ctx.px(theme::kMargin);
  const float gap = ctx.px(32);
  const float bottom = ctx.size.y - ctx.px(48);
  const float leftWidth = ctx.px(560);

  // Left: the picture, the name and where it comes from.
  const ImVec2 cardMin(margin, top);
  const ImVec2 cardMax(margin + leftWidth, bottom);
  drawCard(list, cardMin, cardMax, theme::kSurface, ctx.px(theme::kRadius), ctx.px(4));
  const float pad = ctx.px(32);
  const float side = std::min(leftWidth - pad * 2, (bottom - top) * 0.52f);
  const ImVec2 picture(margin + (leftWidth - side) * 0.5f, top + pad);
  list->AddRectFilled(picture, ImVec2(picture.x + side, picture.y + side), theme::withAlpha(theme::kDemos, 18),
                      ctx.px(16));
  const auto texture = ctx.state.reader.texture ? ctx.state.reader.texture(product.picture) : std::nullopt;
  if (texture) {
    list->AddImage(reinterpret_cast<ImTextureID>(texture->id), picture, ImVec2(picture.x + side, picture.y + side));
  } else {
    drawTextCentered(list, ctx.fonts.icon, ImVec2(picture.x + side * 0.5f, picture.y + side * 0.5f), theme::kDemos,
                     icons::kBarcode);
  }
  float y = picture.y + side + ctx.px(24);
  const float textWidth = leftWidth - pad * 2;
  drawText(list, ctx.fonts.heading, ImVec2(margin + pad, y), theme::kText, text(ctx, product.name).c_str(), textWidth);
  y += textSize(ctx.fonts.heading, text(ctx, product.name).c_str(), textWidth).y + ctx.px(12);
  drawText(list, ctx.fonts.small, ImVec2(margin + pad, y), theme::kDemos, ctx.tr("trace.origin"));
  y += ctx.fonts.small->FontSize + ctx.px(4);
  drawText(list, ctx.fonts.body, ImVec2(margin + pad, y), theme::kTextMuted, text(ctx, product.origin).c_str(),
           textWidth);

  // Right: the journey.
  const float rightX = margin + leftWidth + gap;
  drawTimeline(ctx, ImVec2(rightX, top), ImVec2(ctx.size.x - margin - rightX, bottom - top), product);
}

void TraceabilityScreen::drawTimeline(UiContext& ctx, ImVec2 pos, ImVec2 size, const demos::TracedProduct& product) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  drawCard(list, pos, ImVec2(pos.x + size.x, pos.y + size.y), theme::kSurface, ctx.px(theme::kRadius), ctx.px(4));
  const float pad = ctx.px(36);
  drawText(list, ctx.fonts.heading, ImVec2(pos.x + pad, pos.y + pad * 0.7f), theme::kText, ctx.tr("trace.journey"));
  drawText(list, ctx.fonts.small, ImVec2(pos.x + size.x - pad - textSize(ctx.fonts.small, ctx.tr("trace.scan_another")).x,
                                         pos.y + pad * 0.7f + ctx.px(12)),
           theme::kTextMuted, ctx.tr("trace.scan_another"));

  const float top = pos.y + pad * 0.7f + ctx.px(76);
  const float bottom = pos.y + size.y - pad * 0.6f;
  const std::size_t count = product.steps.size();
  const float rowHeight = (bottom - top) / static_cast<float>(std::max<std::size_t>(count, 1));
  const float dateWidth = ctx.px(190);
  const float lineX = pos.x + pad + dateWidth + ctx.px(24);
  const float textX = lineX + ctx.px(40);
  const float textWidth = pos.x + size.x - pad - textX;
  const float dot = ctx.px(13);
  if (count > 1) {
    list->AddLine(ImVec2(lineX, top + dot), ImVec2(lineX, top + rowHeight * static_cast<float>(count - 1) + dot),
                  theme::withAlpha(theme::kDemos, 90), ctx.px(4));
  }
  for (std::size_t i = 0; i < count; ++i) {
    const demos::JourneyStep& step = product.steps[i];
    const float y = top + rowHeight * static_cast<float>(i);
    const bool last = i + 1 == count;
    list->AddCircleFilled(ImVec2(lineX, y + dot), dot, last ? theme::kSuccess : theme::kDemos);
    list->AddCircleFilled(ImVec2(lineX, y + dot), dot * 0.45f, theme::kSurface);
    const std::string date = displayDate(step.date);
    drawText(list, ctx.fonts.bodyBold, ImVec2(pos.x + pad, y - ctx.px(4)), theme::kDemos, date.c_str());
    const std::string title = text(ctx, step.title) + "  ·  " + text(ctx, step.place);
    drawText(list, ctx.fonts.bodyBold, ImVec2(textX, y - ctx.px(4)), theme::kText, title.c_str(), textWidth);
    const std::string& detail = text(ctx, step.text);
    if (!detail.empty()) {
      const float titleHeight = textSize(ctx.fonts.bodyBold, title.c_str(), textWidth).y;
      drawText(list, ctx.fonts.small, ImVec2(textX, y + titleHeight), theme::kTextMuted, detail.c_str(), textWidth);
    }
  }
}

}  // namespace kiosk::ui
