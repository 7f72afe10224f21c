// Lead, visit and consent ids: random UUID v4 text, so ids made on many kiosks never
// collide when they meet in the central database.
#pragma once

#include <string>
#include <string_view>

namespace kiosk::leads {

// "3b241101-e2bb-4255-8caf-4136c566a962", from libsodium's CSPRNG.
[[nodiscard]] std::string newUuid();
[[nodiscard]] bool isUuid(std::string_view text);  // lowercase v4 form as made above

}  // namespace kiosk::leads
