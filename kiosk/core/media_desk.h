// MediaDesk: the best-practice media as the screens see it. The catalog comes from the media
// worker (manifest + thumbnails, off the UI thread); the player is the app's libmpv player.
// Forward declarations only: kiosk/core does not depend on kiosk/media.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "kiosk/core/printer_desk.h"  // TextureRef

namespace kiosk::media {
struct Catalog;
class PlayerControl;
}  // namespace kiosk::media

namespace kiosk::core {

struct MediaDesk {
  std::shared_ptr<const media::Catalog> catalog;  // null until the first load finished
  std::uint64_t revision = 0;                     // +1 with every catalog (reload)
  std::vector<std::string> problems;              // manifest, decoding and playback: for staff
  bool loading = false;
  media::PlayerControl* player = nullptr;         // null: no video (screenshots, player failed)
  bool audio = true;                              // staff can switch it off and change the volume
  int volume = 80;
  std::function<void()> reload;                   // staff: read the content again, no restart
  std::function<void()> audioChanged;             // after staff changed audio/volume
  std::function<std::optional<TextureRef>(const std::filesystem::path&)> texture;  // PNG -> GL texture

  void addProblem(const std::string& problem) {
    for (const std::string& p : problems) {
      if (p == problem) return;
    }
    problems.push_back(problem);
  }
};

}  // namespace kiosk::core
