// Badge prefill: a scanned badge (USB reader or camera QR) parsed by demos/badge fills the lead form's
// empty text fields; what the visitor already typed is never overwritten. An opaque registration id
// becomes the visit's badge reference. The visitor checks and completes the form as usual.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kiosk/core/lead_form.h"

namespace kiosk::core {

struct BadgePrefill {
  enum class Outcome {
    Filled,      // at least one field filled from a vCard/MECARD
    IdOnly,      // an opaque badge id: kept as the badge reference, nothing to fill
    NothingNew,  // a card whose fields the visitor had already typed
    Unreadable,  // not a badge we can read (binary, huge, malformed, unrecognised)
  };
  Outcome outcome = Outcome::Unreadable;
  std::vector<leads::Field> filled;  // in form order
  std::string badgeRef;              // "" when the badge carries none
  std::string reason;                // Unreadable: the parser's error code name, for the log (never content)
};

// Fills `form` from `raw` (personal data: the caller scrubs it afterwards; nothing here logs it).
[[nodiscard]] BadgePrefill prefillFromBadge(LeadForm& form, std::string_view raw);

}  // namespace kiosk::core
