// CSV export: RFC 4180 (CRLF, quotes doubled, fields quoted when they contain the separator,
// a quote, CR or LF), UTF-8 with a BOM so Excel reads accents right, ',' or ';' (Italian
// Excel's list separator). Cells that a spreadsheet would run as a formula are neutralised.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "kiosk/leads/error.h"
#include "kiosk/leads/queries.h"

namespace kiosk::leads {

class LeadStore;

struct CsvOptions {
  char separator = ',';  // ',' ';' or '\t'
};

// "=1+1" -> "'=1+1": a leading = + - @ TAB CR or LF gets an apostrophe (OWASP CSV
// injection). Quoting alone does not stop a spreadsheet from evaluating the cell.
[[nodiscard]] std::string neutralizeFormula(std::string_view cell);
// One cell, neutralised then quoted as RFC 4180 requires.
[[nodiscard]] std::string csvField(std::string_view cell, char separator);

// Writes the leads matching `filter` to `out`; returns how many.
[[nodiscard]] Result<std::size_t> exportCsv(LeadStore& store, const LeadFilter& filter, const CsvOptions& options,
                                            const std::filesystem::path& out);

}  // namespace kiosk::leads
