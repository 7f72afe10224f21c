// Online backups with VACUUM INTO: a consistent, compact copy taken while the kiosk keeps
// writing (never a raw file copy, which can catch a half-written transaction).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "kiosk/leads/error.h"
#include "kiosk/leads/lead.h"
#include "kiosk/leads/sqlite.h"

namespace kiosk::leads {

// Writes <dir>/leads-<UTC stamp><suffix>.db (mode 0600, synced), then deletes the oldest
// "leads-*.db" files beyond `keep`. Returns the new file.
[[nodiscard]] Result<std::filesystem::path> backupInto(sqlite::Database& db, const std::filesystem::path& dir,
                                                       int keep, Clock::time_point now, std::string_view suffix = "");

// The backups in `dir`, oldest first.
[[nodiscard]] std::vector<std::filesystem::path> listBackups(const std::filesystem::path& dir);

}  // namespace kiosk::leads
