// Export files hold personal data: written as <out>.partial (mode 0600), synced, then
// renamed over <out>, so a failed or interrupted export never leaves a truncated file
// that looks complete.
#pragma once

#include <filesystem>

#include "kiosk/leads/error.h"

namespace kiosk::leads {

class ExportFile {
 public:
  // Creates the .partial file (replacing a stale one).
  [[nodiscard]] static Result<ExportFile> create(const std::filesystem::path& out);
  ExportFile(ExportFile&& other) noexcept;
  ExportFile& operator=(ExportFile&&) = delete;
  ExportFile(const ExportFile&) = delete;
  ExportFile& operator=(const ExportFile&) = delete;
  ~ExportFile();  // removes the .partial file unless committed

  [[nodiscard]] const std::filesystem::path& partialPath() const { return m_partial; }
  // fsync + rename to the final name + fsync of the folder.
  [[nodiscard]] Result<void> commit();

 private:
  ExportFile(std::filesystem::path partial, std::filesystem::path out)
      : m_partial(std::move(partial)), m_out(std::move(out)) {}
  std::filesystem::path m_partial;
  std::filesystem::path m_out;
  bool m_done = false;
};

}  // namespace kiosk::leads
