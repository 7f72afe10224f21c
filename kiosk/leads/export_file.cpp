#include "kiosk/leads/export_file.h"

#include "kiosk/leads/files.h"
#include "kiosk/leads/try.h"

namespace kiosk::leads {

Result<ExportFile> ExportFile::create(const std::filesystem::path& out) {
  if (out.empty()) return fail(ErrorCode::Invalid, "no output file");
  std::filesystem::path partial = out;
  partial += ".partial";
  std::error_code ec;
  std::filesystem::remove(partial, ec);
  if (auto created = createPrivateFile(partial); !created)
    return fail(ErrorCode::Export, created.error().message);
  return ExportFile(std::move(partial), out);
}

ExportFile::ExportFile(ExportFile&& other) noexcept
    : m_partial(std::move(other.m_partial)), m_out(std::move(other.m_out)), m_done(other.m_done) {
  other.m_done = true;
}

ExportFile::~ExportFile() {
  if (m_done) return;
  std::error_code ec;
  std::filesystem::remove(m_partial, ec);
}

Result<void> ExportFile::commit() {
  LEADS_TRY(syncFile(m_partial));
  std::error_code ec;
  std::filesystem::rename(m_partial, m_out, ec);
  if (ec) return fail(ErrorCode::Export, "cannot rename to " + m_out.string() + ": " + ec.message());
  m_done = true;
  return syncDirectory(m_out.has_parent_path() ? m_out.parent_path() : ".");
}

}  // namespace kiosk::leads
