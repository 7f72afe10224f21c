#include "kiosk/ui/widgets/print_job_card.h"

#include <algorithm>

#include "kiosk/ui/icons.h"
#include "kiosk/ui/theme.h"
#include "kiosk/ui/widgets/drawing.h"
#include "kiosk/ui/widgets/section_intro.h"
#include "kiosk/ui/widgets/touch_button.h"

namespace kiosk::ui {

const std::string& jobText(const UiContext& ctx, const std::map<std::string, std::string>& texts) {
  static const std::string empty;
  if (auto found = texts.find(ctx.state.i18n.language()); found != texts.end()) return found->second;
  if (auto found = texts.find(ctx.state.i18n.defaultLanguage()); found != texts.end()) return found->second;
  return texts.empty() ? empty : texts.begin()->second;
}

void drawJobThumbnail(const UiContext& ctx, ImVec2 pos, float side, const demos::GalleryJob& job) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const ImVec2 max(pos.x + side, pos.y + side);
  list->AddRectFilled(pos, max, theme::withAlpha(theme::kDemos, 22), ctx.px(16));
  const auto texture = ctx.state.printer.texture ? ctx.state.printer.texture(job.thumbnail) : std::nullopt;
  if (!texture) {
    drawTextCentered(list, ctx.fonts.icon, ImVec2(pos.x + side * 0.5f, pos.y + side * 0.5f), theme::kDemos,
                     icons::kPrint);
    return;
  }
  // The thumbnails have a white background: inset so the tinted square frames them.
  const float inset = side * 0.08f;
  list->AddImage(reinterpret_cast<ImTextureID>(texture->id), ImVec2(pos.x + inset, pos.y + inset),
                 ImVec2(max.x - inset, max.y - inset));
}

bool printJobCard(const UiContext& ctx, ImVec2 pos, ImVec2 size, const demos::GalleryJob& job, bool enabled) {
  if (!enabled) ImGui::BeginDisabled();
  bool held = false;
  const bool tapped = touchArea(("##job-" + job.id).c_str(), pos, size, &held);
  if (!enabled) ImGui::EndDisabled();

  ImDrawList* list = ImGui::GetWindowDrawList();
  const ImVec2 max(pos.x + size.x, pos.y + size.y);
  drawCard(list, pos, max, held ? theme::shade(theme::kSurface, 0.94f) : theme::kSurface, ctx.px(theme::kRadius),
           held ? 0.0f : ctx.px(4));
  const float pad = ctx.px(32);
  const float side = std::min(ctx.px(272), size.y * 0.42f);
  drawJobThumbnail(ctx, ImVec2(pos.x + (size.x - side) * 0.5f, pos.y + pad), side, job);

  const float wrap = size.x - pad * 2;
  float y = pos.y + pad + side + ctx.px(24);
  const char* title = jobText(ctx, job.title).c_str();
  drawText(list, ctx.fonts.heading, ImVec2(pos.x + pad, y), theme::kText, title, wrap);
  y += textSize(ctx.fonts.heading, title, wrap).y + ctx.px(8);
  drawText(list, ctx.fonts.body, ImVec2(pos.x + pad, y), theme::kTextMuted, jobText(ctx, job.summary).c_str(), wrap);

  // The bottom row: how long, and a button-shaped call to action (the card itself is the target).
  const float rowH = ctx.px(80);
  const ImVec2 row(pos.x + pad, max.y - pad - rowH);
  const std::string minutes =
      std::string(icons::kClock) + "  " +
      ctx.state.i18n.format("printer.gallery.minutes", {{"minutes", std::to_string(job.durationMin)}});
  drawText(list, ctx.fonts.bodyBold, ImVec2(row.x, row.y + (rowH - ctx.fonts.bodyBold->FontSize) * 0.5f),
           theme::kText, minutes.c_str());
  const char* cta = ctx.tr("printer.gallery.choose");
  const float ctaW = textSize(ctx.fonts.bodyBold, cta).x + ctx.px(72);
  const ImVec2 ctaMin(max.x - pad - ctaW, row.y);
  const ImU32 fill = enabled ? (held ? theme::shade(theme::kDemos, 0.82f) : theme::kDemos) : theme::kDivider;
  list->AddRectFilled(ctaMin, ImVec2(ctaMin.x + ctaW, ctaMin.y + rowH), fill, rowH * 0.5f);
  drawTextCentered(list, ctx.fonts.bodyBold, ImVec2(ctaMin.x + ctaW * 0.5f, ctaMin.y + rowH * 0.5f),
                   enabled ? theme::kTextOnDark : theme::kTextMuted, cta);
  if (!enabled) list->AddRectFilled(pos, max, theme::withAlpha(theme::kBackground, 110), ctx.px(theme::kRadius));
  return tapped && enabled;
}

}  // namespace kiosk::ui
