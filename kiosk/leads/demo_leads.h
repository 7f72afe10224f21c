// Synthetic, valid leads for demos, crash tests and the benchmark: accented names, +39
// phones, both consent answers. The emails are unique (example.it), so none are merged.
#pragma once

#include <cstddef>
#include <string_view>

#include "kiosk/leads/lead.h"

namespace kiosk::leads {

[[nodiscard]] Lead makeDemoLead(std::size_t n, std::string_view eventName, std::string_view kioskId,
                                Clock::time_point at);

}  // namespace kiosk::leads
