// XLSX export with libxlsxwriter: every text cell is written as a string, never as a
// formula or a number, so "+39 ..." phones and "=..." names arrive intact and inert; times
// are real spreadsheet dates (local time of the kiosk).
#pragma once

#include <filesystem>

#include "kiosk/leads/error.h"
#include "kiosk/leads/queries.h"

namespace kiosk::leads {

class LeadStore;

[[nodiscard]] Result<std::size_t> exportXlsx(LeadStore& store, const LeadFilter& filter,
                                             const std::filesystem::path& out);

}  // namespace kiosk::leads
