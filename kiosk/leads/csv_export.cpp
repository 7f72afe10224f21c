#include "kiosk/leads/csv_export.h"

#include <cstdio>
#include <memory>

#include <spdlog/spdlog.h>

#include "kiosk/leads/export_columns.h"
#include "kiosk/leads/export_file.h"
#include "kiosk/leads/lead_store.h"
#include "kiosk/leads/try.h"

namespace kiosk::leads {
namespace {

// CRM-friendly UTC time without milliseconds: "2024-05-17T09:30:12Z".
std::string csvDateTime(std::string_view stored) {
  if (stored.size() == 24 && stored[19] == '.') return std::string(stored.substr(0, 19)) + "Z";
  return std::string(stored);
}

}  // namespace

std::string neutralizeFormula(std::string_view cell) {
  if (!cell.empty() && std::string_view("=+-@\t\r\n").find(cell.front()) != std::string_view::npos)
    return "'" + std::string(cell);
  return std::string(cell);
}

std::string csvField(std::string_view cell, char separator) {
  const std::string safe = neutralizeFormula(cell);
  if (safe.find_first_of(std::string{separator, '"', '\r', '\n'}) == std::string::npos) return safe;
  std::string quoted = "\"";
  for (const char c : safe) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

Result<std::size_t> exportCsv(LeadStore& store, const LeadFilter& filter, const CsvOptions& options,
                              const std::filesystem::path& out) {
  if (std::string_view(",;\t").find(options.separator) == std::string_view::npos)
    return fail(ErrorCode::Invalid, "CSV separator must be ',', ';' or a tab");
  auto file = ExportFile::create(out);
  if (!file) return tl::unexpected(file.error());
  const std::unique_ptr<std::FILE, int (*)(std::FILE*)> stream(std::fopen(file->partialPath().c_str(), "wb"),
                                                                &std::fclose);
  if (!stream) return fail(ErrorCode::Export, "cannot open " + file->partialPath().string());

  std::string line = "\xEF\xBB\xBF";  // UTF-8 BOM
  const auto columns = exportColumns();
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (i > 0) line += options.separator;
    line += csvField(columns[i].name, options.separator);
  }
  line += "\r\n";
  bool writeFailed = std::fwrite(line.data(), 1, line.size(), stream.get()) != line.size();

  auto count = store.forEach(filter, [&](const LeadRecord& record) {
    line.clear();
    for (std::size_t i = 0; i < columns.size(); ++i) {
      if (i > 0) line += options.separator;
      const std::string value = columns[i].value(record);
      line += csvField(columns[i].kind == CellKind::DateTime ? csvDateTime(value) : value, options.separator);
    }
    line += "\r\n";
    if (!writeFailed) writeFailed = std::fwrite(line.data(), 1, line.size(), stream.get()) != line.size();
  });
  if (!count) return tl::unexpected(count.error());
  if (writeFailed || std::fflush(stream.get()) != 0)
    return fail(ErrorCode::Export, "cannot write " + file->partialPath().string() + " (disk full?)");
  LEADS_TRY(file->commit());
  if (auto audited = store.recordAudit("export_csv", static_cast<std::int64_t>(*count)); !audited)
    spdlog::warn("lead export: audit entry not written ({})", toString(audited.error().code));
  return *count;
}

}  // namespace kiosk::leads
