// printJobCard: one job of the printer demo's gallery: its thumbnail, title, summary and how long
// the demo takes, the whole card one big touch target. Also the thumbnail on its own, for the
// later steps of the demo.
#pragma once

#include <string>

#include <imgui.h>

#include "demos/printer/job_gallery.h"
#include "kiosk/ui/ui_context.h"

namespace kiosk::ui {

// The job's text in the current language (Italian when a language is missing).
[[nodiscard]] const std::string& jobText(const UiContext& ctx, const std::map<std::string, std::string>& texts);

// The thumbnail centred in a tinted square; a printer icon when the picture cannot be read.
void drawJobThumbnail(const UiContext& ctx, ImVec2 pos, float side, const demos::GalleryJob& job);

// Returns true when the card is tapped (and enabled).
bool printJobCard(const UiContext& ctx, ImVec2 pos, ImVec2 size, const demos::GalleryJob& job, bool enabled);

}  // namespace kiosk::ui
