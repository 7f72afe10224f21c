#include "kiosk/ui/widgets/media_view.h"

#include <algorithm>

namespace kiosk::ui {
namespace {

ImTextureID textureId(std::uintptr_t id) { return reinterpret_cast<ImTextureID>(id); }

// `width` x `height` scaled to fit inside the rectangle, centred.
void fitted(ImVec2 pos, ImVec2 size, float width, float height, ImVec2& min, ImVec2& max) {
  const float scale = std::min(size.x / std::max(1.0f, width), size.y / std::max(1.0f, height));
  const ImVec2 shown(width * scale, height * scale);
  min = ImVec2(pos.x + (size.x - shown.x) * 0.5f, pos.y + (size.y - shown.y) * 0.5f);
  max = ImVec2(min.x + shown.x, min.y + shown.y);
}

}  // namespace

std::optional<core::TextureRef> posterOf(const UiContext& ctx, const media::MediaItem& item) {
  if (!ctx.state.media.texture) return std::nullopt;
  if (item.kind != media::MediaKind::Video && item.mainFile().extension() == ".png") {
    if (auto texture = ctx.state.media.texture(item.mainFile())) return texture;
  }
  if (item.thumbnail.empty()) return std::nullopt;
  return ctx.state.media.texture(item.thumbnail);
}

void fitPlayerTo(media::PlayerControl* player, ImVec2 size) {
  if (!player) return;
  const ImVec2 scale = ImGui::GetIO().DisplayFramebufferScale;
  player->setViewport(static_cast<int>(size.x * scale.x), static_cast<int>(size.y * scale.y));
}

bool mediaView(UiContext& ctx, ImVec2 pos, ImVec2 size, const media::PlayerControl* player,
               const std::optional<core::TextureRef>& poster) {
  ImDrawList* list = ImGui::GetWindowDrawList();
  const ImVec2 end(pos.x + size.x, pos.y + size.y);
  list->AddRectFilled(pos, end, IM_COL32(0, 0, 0, 255));
  const media::PlayerView* view = player ? &player->view() : nullptr;
  if (view && view->hasFrame && !view->failed) {
    // The FBO has the size of this rectangle (setViewport): mpv letterboxes inside it.
    list->AddImage(textureId(view->texture), pos, end);
    if (view->fade > 0 && view->fadeTexture) {
      list->AddImage(textureId(view->fadeTexture), pos, end, ImVec2(0, 0), ImVec2(1, 1),
                     IM_COL32(255, 255, 255, static_cast<int>(255 * view->fade)));
      ctx.frames.requestContinuous();
    }
    return true;
  }
  if (poster) {
    ImVec2 min, max;
    fitted(pos, size, static_cast<float>(poster->width), static_cast<float>(poster->height), min, max);
    list->AddImage(textureId(poster->id), min, max);
  }
  return false;
}

}  // namespace kiosk::ui
