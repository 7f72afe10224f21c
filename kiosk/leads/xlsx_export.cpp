#include "kiosk/leads/xlsx_export.h"

#include <cstdlib>
#include <string>

#include <spdlog/spdlog.h>
#include <xlsxwriter.h>

#include "kiosk/leads/export_columns.h"
#include "kiosk/leads/export_file.h"
#include "kiosk/leads/lead_store.h"
#include "kiosk/leads/timestamp.h"
#include "kiosk/leads/try.h"

namespace kiosk::leads {
namespace {

constexpr int kMaxRows = 1'048'575;  // Excel's sheet limit, minus the header

lxw_error writeCell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const ExportColumn& column,
                    const std::string& value, lxw_format* dateFormat) {
  if (value.empty()) return LXW_NO_ERROR;
  switch (column.kind) {
    case CellKind::Number:
      return worksheet_write_number(sheet, row, col, std::strtod(value.c_str(), nullptr), nullptr);
    case CellKind::DateTime:
      if (const auto local = toLocal(value)) {
        lxw_datetime at{local->year, local->month, local->day, local->hour, local->minute, local->second};
        return worksheet_write_datetime(sheet, row, col, &at, dateFormat);
      }
      break;  // not a stored time: keep the text
    case CellKind::Text:
      break;
  }
  return worksheet_write_string(sheet, row, col, value.c_str(), nullptr);
}

}  // namespace

Result<std::size_t> exportXlsx(LeadStore& store, const LeadFilter& filter, const std::filesystem::path& out) {
  auto file = ExportFile::create(out);
  if (!file) return tl::unexpected(file.error());

  // constant_memory: each row goes to a temp file as it is written, so 100k leads need no
  // more memory than one row (strings then go inline instead of the shared-string table).
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  const std::string partial = file->partialPath().string();
  lxw_workbook* book = workbook_new_opt(partial.c_str(), &options);
  if (!book) return fail(ErrorCode::Export, "cannot create the workbook");
  lxw_worksheet* sheet = workbook_add_worksheet(book, "Leads");
  lxw_format* bold = workbook_add_format(book);
  format_set_bold(bold);
  lxw_format* dateFormat = workbook_add_format(book);
  format_set_num_format(dateFormat, "yyyy-mm-dd hh:mm:ss");

  const auto columns = exportColumns();
  lxw_error error = LXW_NO_ERROR;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const auto col = static_cast<lxw_col_t>(c);
    const std::string name(columns[c].name);
    const double width = columns[c].kind == CellKind::DateTime ? 20 : name == "lead_id" ? 38 : 16;
    worksheet_set_column(sheet, col, col, width, nullptr);
    if (error == LXW_NO_ERROR) error = worksheet_write_string(sheet, 0, col, name.c_str(), bold);
  }
  worksheet_freeze_panes(sheet, 1, 0);

  lxw_row_t row = 0;
  bool tooMany = false;
  auto count = store.forEach(filter, [&](const LeadRecord& record) {
    if (error != LXW_NO_ERROR || tooMany) return;
    if (row >= kMaxRows) {
      tooMany = true;
      return;
    }
    ++row;
    for (std::size_t c = 0; c < columns.size() && error == LXW_NO_ERROR; ++c)
      error = writeCell(sheet, row, static_cast<lxw_col_t>(c), columns[c], columns[c].value(record), dateFormat);
  });
  const lxw_error closed = workbook_close(book);  // frees the workbook in every case
  if (!count) return tl::unexpected(count.error());
  if (tooMany) return fail(ErrorCode::Export, "more leads than one sheet holds: narrow the export with --since");
  if (error != LXW_NO_ERROR) return fail(ErrorCode::Export, std::string("cannot write a cell: ") + lxw_strerror(error));
  if (closed != LXW_NO_ERROR) return fail(ErrorCode::Export, std::string("cannot write the file: ") + lxw_strerror(closed));
  LEADS_TRY(file->commit());
  if (auto audited = store.recordAudit("export_xlsx", static_cast<std::int64_t>(*count)); !audited)
    spdlog::warn("lead export: audit entry not written ({})", toString(audited.error().code));
  return *count;
}

}  // namespace kiosk::leads
