// Loads the content every screen draws from (technology areas, lead-form content) into the
// kiosk state. A broken file is reported (log + staff panel) and its section disabled; the
// kiosk keeps running.
#pragma once

#include "kiosk/core/kiosk_state.h"

namespace kiosk::core {

void loadContent(KioskState& state);

// Required fields from the config, required consents from the privacy notice.
[[nodiscard]] leads::ValidationRules leadRules(const LeadsConfig& config, const PrivacyNotice& notice);

}  // namespace kiosk::core
