// Writes one submission in one transaction: the lead (or, for the same email in the same
// event, an update of the existing lead), its visit, its consent answers and their outbox
// rows. Ids are fixed before the first attempt so a retry after an unclear failure (the
// commit went through but reported an I/O error) never stores the visit twice.
#pragma once

#include <string>
#include <vector>

#include "kiosk/leads/error.h"
#include "kiosk/leads/lead.h"
#include "kiosk/leads/sqlite.h"

namespace kiosk::leads {

struct PreparedLead {
  Lead lead;  // validated and normalised
  std::string leadId;
  std::string visitId;
  std::vector<std::string> consentIds;  // one per lead.consents entry
  std::string submittedAt;              // UTC ISO-8601
};

// New ids for every part of `lead` (taken as already validated and normalised).
[[nodiscard]] PreparedLead prepareLead(Lead lead, Clock::time_point now);

struct WriteOutcome {
  std::string leadId;          // the existing lead's id when merged
  bool merged = false;         // same email + event: this visit was added to an existing lead
  bool alreadyStored = false;  // the visit was already in the database (an earlier attempt committed)
};

[[nodiscard]] Result<WriteOutcome> writeLead(sqlite::Database& db, const PreparedLead& lead);

}  // namespace kiosk::leads
