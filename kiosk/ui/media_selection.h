// MediaSelection: what the visitor picked in the library (filters, the item to watch), shared by
// the library grid and the player screen; wiped with the visit.
#pragma once

#include <string>

namespace kiosk::ui {

struct MediaSelection {
  std::string area;    // "" = every technology area
  std::string sector;  // "" = every sector
  std::string itemId;  // the item the player shows

  void wipe() { *this = MediaSelection{}; }
};

}  // namespace kiosk::ui
