// Logging: spdlog to stderr (the journal under systemd) and to a rotating file.
// Log lines carry state and counts, never what a visitor typed or scanned.
#pragma once

#include <filesystem>
#include <string>

#include <tl/expected.hpp>

namespace kiosk::core {

struct LogOptions {
  std::filesystem::path directory;  // empty: stderr only
  std::string level = "info";
  std::size_t maxFileBytes = 5 * 1024 * 1024;
  std::size_t maxFiles = 5;
};

// Installs the default logger. A directory that cannot be used falls back to stderr
// alone and the reason is returned, so the caller can show it (the kiosk keeps running).
[[nodiscard]] tl::expected<void, std::string> setupLogging(const LogOptions& options);

}  // namespace kiosk::core
