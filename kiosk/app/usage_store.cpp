#include "kiosk/app/usage_store.h"

#include <map>

#include "kiosk/leads/files.h"

namespace kiosk::app {
namespace {

constexpr const char* kSchema = R"sql(
PRAGMA journal_mode = WAL;
CREATE TABLE IF NOT EXISTS usage_count (
  day     TEXT NOT NULL,      -- local date YYYY-MM-DD
  event   TEXT NOT NULL,      -- the staff-set event name, '' when none
  kind    TEXT NOT NULL,      -- session, screen, demo, assessment, lead
  subject TEXT NOT NULL,      -- screen or demo id, '' for the others
  count   INTEGER NOT NULL,
  PRIMARY KEY (day, event, kind, subject)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS usage_by_event ON usage_count (event, kind);
PRAGMA user_version = 1;
)sql";

std::string message(const leads::Error& error) { return error.message; }

// Sums per kind of one query's (kind, sum) rows.
tl::expected<core::UsageTotals, std::string> totals(leads::sqlite::Statement& stmt) {
  core::UsageTotals out;
  for (;;) {
    auto row = stmt.step();
    if (!row) return tl::unexpected(message(row.error()));
    if (!*row) break;
    if (auto kind = core::parseUsageKind(stmt.columnText(0))) out.add(*kind, static_cast<int>(stmt.columnInt(1)));
  }
  return out;
}

}  // namespace

tl::expected<std::unique_ptr<UsageStore>, std::string> UsageStore::open(const std::filesystem::path& file) {
  const auto fail = [&](const leads::Error& e) { return tl::unexpected(file.string() + ": " + e.message); };
  if (auto dir = leads::ensurePrivateDirectory(file.parent_path()); !dir) return fail(dir.error());
  std::error_code ec;
  if (!std::filesystem::exists(file, ec)) {
    if (auto made = leads::createPrivateFile(file); !made) return fail(made.error());
  } else if (auto tightened = leads::makePrivate(file); !tightened) {
    return fail(tightened.error());
  }
  auto db = leads::sqlite::Database::open(file, leads::sqlite::Database::Mode::ReadWrite);
  if (!db) return fail(db.error());
  if (auto schema = db->exec(kSchema); !schema) return fail(schema.error());
  return std::unique_ptr<UsageStore>(new UsageStore(std::move(*db)));
}

tl::expected<void, std::string> UsageStore::add(const core::UsageEvent& event) {
  auto stmt = m_db.prepare(
      "INSERT INTO usage_count (day, event, kind, subject, count) VALUES (?1, ?2, ?3, ?4, 1)"
      " ON CONFLICT (day, event, kind, subject) DO UPDATE SET count = count + 1");
  if (!stmt) return tl::unexpected(message(stmt.error()));
  stmt->bindText(1, event.day).bindText(2, event.event).bindText(3, core::toString(event.kind)).bindText(4, event.subject);
  if (auto done = stmt->run(); !done) return tl::unexpected(message(done.error()));
  return {};
}

tl::expected<core::UsageSummary, std::string> UsageStore::summary(const std::string& today, const std::string& event,
                                                                  int days) {
  core::UsageSummary out;
  out.today = today;
  out.event = event;

  auto byDay = m_db.prepare("SELECT kind, SUM(count) FROM usage_count WHERE day = ?1 GROUP BY kind");
  if (!byDay) return tl::unexpected(message(byDay.error()));
  byDay->bindText(1, today);
  auto todayTotals = totals(*byDay);
  if (!todayTotals) return tl::unexpected(todayTotals.error());
  out.todayTotals = *todayTotals;

  auto byEvent = m_db.prepare("SELECT kind, SUM(count) FROM usage_count WHERE ?1 = '' OR event = ?1 GROUP BY kind");
  if (!byEvent) return tl::unexpected(message(byEvent.error()));
  byEvent->bindText(1, event);
  auto eventTotals = totals(*byEvent);
  if (!eventTotals) return tl::unexpected(eventTotals.error());
  out.eventTotals = *eventTotals;

  const auto range = core::daysEndingWith(today, days);
  if (range.empty()) return out;
  auto perDay = m_db.prepare(
      "SELECT day, kind, SUM(count) FROM usage_count WHERE day BETWEEN ?1 AND ?2 GROUP BY day, kind");
  if (!perDay) return tl::unexpected(message(perDay.error()));
  perDay->bindText(1, range.front()).bindText(2, range.back());
  std::map<std::string, core::UsageTotals> found;
  for (;;) {
    auto row = perDay->step();
    if (!row) return tl::unexpected(message(row.error()));
    if (!*row) break;
    if (auto kind = core::parseUsageKind(perDay->columnText(1)))
      found[perDay->columnText(0)].add(*kind, static_cast<int>(perDay->columnInt(2)));
  }
  for (const std::string& day : range) out.days.push_back({day, found[day]});
  return out;
}

}  // namespace kiosk::app
