// Files that hold personal data are created owner-only (0600) before anyone writes to them,
// so there is never a moment when they are world-readable; SQLite gives its -wal and -shm
// files the mode of the database file.
#pragma once

#include <filesystem>

#include "kiosk/leads/error.h"

namespace kiosk::leads {

inline constexpr std::filesystem::perms kPrivateFile =
    std::filesystem::perms::owner_read | std::filesystem::perms::owner_write;

// Creates `path` empty with mode 0600 (an existing file is an error) and syncs its folder.
[[nodiscard]] Result<void> createPrivateFile(const std::filesystem::path& path);
// Creates the folder (and parents) with mode 0700 if missing.
[[nodiscard]] Result<void> ensurePrivateDirectory(const std::filesystem::path& dir);
// Tightens an existing file to 0600 if group or others have any access.
[[nodiscard]] Result<void> makePrivate(const std::filesystem::path& path);
// Gives an existing file exactly `mode` (no-op when missing or already so).
[[nodiscard]] Result<void> setMode(const std::filesystem::path& path, unsigned mode);
[[nodiscard]] Result<void> syncFile(const std::filesystem::path& path);
[[nodiscard]] Result<void> syncDirectory(const std::filesystem::path& dir);

}  // namespace kiosk::leads
