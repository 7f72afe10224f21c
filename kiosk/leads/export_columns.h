// The columns of every export (CSV and XLSX), in order. The names are a contract with the
// CRM imports that map them: documented in kiosk/leads/README.md, changed only with it.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "kiosk/leads/lead.h"

namespace kiosk::leads {

enum class CellKind { Text, DateTime, Number };

struct ExportColumn {
  std::string_view name;
  CellKind kind;
  std::string (*value)(const LeadRecord&);  // DateTime: stored UTC text; Number: decimal text
};

[[nodiscard]] std::span<const ExportColumn> exportColumns();

}  // namespace kiosk::leads
