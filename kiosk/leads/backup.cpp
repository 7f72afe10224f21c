#include "kiosk/leads/backup.h"

#include <algorithm>
#include <cstdio>

#include "kiosk/leads/files.h"
#include "kiosk/leads/try.h"

namespace kiosk::leads {
namespace {

// "20240517T093012345Z": sorts by time, safe in every file system.
std::string compactStamp(Clock::time_point now) {
  using namespace std::chrono;
  const auto ms = floor<milliseconds>(now);
  const auto dayPoint = floor<days>(ms);
  const year_month_day ymd{dayPoint};
  const hh_mm_ss time{ms - dayPoint};
  char text[32];
  std::snprintf(text, sizeof text, "%04d%02u%02uT%02d%02d%02d%03dZ", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<int>(time.hours().count()), static_cast<int>(time.minutes().count()),
                static_cast<int>(time.seconds().count()), static_cast<int>(time.subseconds().count()));
  return text;
}

}  // namespace

std::vector<std::filesystem::path> listBackups(const std::filesystem::path& dir) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (entry.is_regular_file(ec) && name.starts_with("leads-") && name.ends_with(".db")) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

Result<std::filesystem::path> backupInto(sqlite::Database& db, const std::filesystem::path& dir, int keep,
                                         Clock::time_point now, std::string_view suffix) {
  LEADS_TRY(ensurePrivateDirectory(dir));
  const std::filesystem::path target = dir / ("leads-" + compactStamp(now) + std::string(suffix) + ".db");
  // VACUUM INTO accepts an existing empty file: creating it first fixes its mode at 0600.
  LEADS_TRY(createPrivateFile(target));
  auto done = [&]() -> Result<void> {
    auto stmt = db.prepare("VACUUM INTO ?");
    if (!stmt) return tl::unexpected(stmt.error());
    stmt->bindText(1, target.string());
    LEADS_TRY(stmt->run());
    LEADS_TRY(syncFile(target));
    return syncDirectory(dir);
  }();
  if (!done) {
    std::error_code ec;
    std::filesystem::remove(target, ec);
    return tl::unexpected(done.error());
  }
  auto files = listBackups(dir);
  const std::size_t kept = static_cast<std::size_t>(std::max(keep, 1));
  for (std::size_t i = 0; i + kept < files.size(); ++i) {
    std::error_code ec;
    std::filesystem::remove(files[i], ec);
  }
  return target;
}

}  // namespace kiosk::leads
