#include "kiosk/app/assessment_stats_store.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <sqlite3.h>

namespace kiosk::app {
namespace {

constexpr const char* kSchema = R"sql(
PRAGMA journal_mode = WAL;
PRAGMA foreign_keys = ON;
CREATE TABLE IF NOT EXISTS result (
  id            INTEGER PRIMARY KEY,
  questionnaire TEXT NOT NULL,
  version       TEXT NOT NULL,
  language      TEXT NOT NULL,
  sector        TEXT NOT NULL,
  size          TEXT NOT NULL,
  overall       REAL,
  level         TEXT NOT NULL,
  dont_know     INTEGER NOT NULL,
  finished_hour INTEGER NOT NULL,   -- Unix seconds, truncated to the hour
  duration_s    INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS result_score (
  result_id INTEGER NOT NULL REFERENCES result(id) ON DELETE CASCADE,
  dimension TEXT NOT NULL,
  score     REAL NOT NULL,
  PRIMARY KEY (result_id, dimension)
);
CREATE INDEX IF NOT EXISTS result_by_version ON result (questionnaire, version, sector);
PRAGMA user_version = 1;
)sql";

std::string sqliteError(sqlite3* db, std::string_view what) {
  return std::string(what) + ": " + (db ? sqlite3_errmsg(db) : "out of memory");
}

// Prepared statement that finalizes itself.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql) { m_ok = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) == SQLITE_OK; }
  ~Statement() { sqlite3_finalize(m_stmt); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  [[nodiscard]] bool ok() const { return m_ok; }
  [[nodiscard]] sqlite3_stmt* get() const { return m_stmt; }
  void text(int index, std::string_view value) {
    sqlite3_bind_text(m_stmt, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
  }
  void number(int index, std::optional<double> value) {
    if (value) {
      sqlite3_bind_double(m_stmt, index, *value);
    } else {
      sqlite3_bind_null(m_stmt, index);
    }
  }
  void integer(int index, std::int64_t value) { sqlite3_bind_int64(m_stmt, index, value); }
  int step() { return sqlite3_step(m_stmt); }

 private:
  sqlite3_stmt* m_stmt = nullptr;
  bool m_ok = false;
};

std::string columnText(sqlite3_stmt* stmt, int column) {
  const auto* text = sqlite3_column_text(stmt, column);
  return text ? reinterpret_cast<const char*>(text) : "";
}

// The file exists with mode 0600 before SQLite opens it; SQLite gives -wal/-shm the same mode.
tl::expected<void, std::string> preparePrivateFile(const std::filesystem::path& file) {
  std::error_code ec;
  if (!file.parent_path().empty()) {
    std::filesystem::create_directories(file.parent_path(), ec);
    if (ec) return tl::unexpected("cannot create the folder of " + file.string() + ": " + ec.message());
  }
  const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) return tl::unexpected("cannot create " + file.string() + ": " + std::strerror(errno));
  const bool tightened = ::fchmod(fd, 0600) == 0;
  ::close(fd);
  if (!tightened) return tl::unexpected("cannot chmod " + file.string() + ": " + std::strerror(errno));
  return {};
}

}  // namespace

tl::expected<std::unique_ptr<AssessmentStatsStore>, std::string> AssessmentStatsStore::open(
    const std::filesystem::path& file) {
  if (auto made = preparePrivateFile(file); !made) return tl::unexpected(made.error());
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, nullptr) != SQLITE_OK) {
    std::string message = sqliteError(db, "cannot open " + file.string());
    sqlite3_close(db);
    return tl::unexpected(std::move(message));
  }
  std::unique_ptr<AssessmentStatsStore> store(new AssessmentStatsStore(db));
  sqlite3_busy_timeout(db, 2000);
  char* error = nullptr;
  if (sqlite3_exec(db, kSchema, nullptr, nullptr, &error) != SQLITE_OK) {
    std::string message = file.string() + ": " + (error ? error : "schema failed");
    sqlite3_free(error);
    return tl::unexpected(std::move(message));
  }
  return store;
}

AssessmentStatsStore::~AssessmentStatsStore() { sqlite3_close(m_db); }

tl::expected<void, std::string> AssessmentStatsStore::add(const core::AnonymousResult& r) {
  // One transaction: a result is stored with all its scores or not at all.
  if (sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
    return tl::unexpected(sqliteError(m_db, "begin"));
  const auto rollback = [&](std::string_view what) {
    std::string message = sqliteError(m_db, what);
    sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    return tl::unexpected(std::move(message));
  };
  Statement insert(m_db,
                   "INSERT INTO result (questionnaire, version, language, sector, size, overall, level, dont_know,"
                   " finished_hour, duration_s) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
  if (!insert.ok()) return rollback("prepare result");
  insert.text(1, r.questionnaire);
  insert.text(2, r.version);
  insert.text(3, r.language);
  insert.text(4, r.sector);
  insert.text(5, r.size);
  insert.number(6, r.overall);
  insert.text(7, r.level);
  insert.integer(8, r.dontKnow);
  insert.integer(9, r.finishedHour);
  insert.integer(10, r.durationSeconds);
  if (insert.step() != SQLITE_DONE) return rollback("insert result");
  const std::int64_t id = sqlite3_last_insert_rowid(m_db);
  Statement score(m_db, "INSERT INTO result_score (result_id, dimension, score) VALUES (?1, ?2, ?3)");
  if (!score.ok()) return rollback("prepare score");
  for (const auto& [dimension, value] : r.dimensions) {
    if (!value) continue;  // a dimension without answers has no score to average
    sqlite3_reset(score.get());
    score.integer(1, id);
    score.text(2, dimension);
    score.number(3, value);
    if (score.step() != SQLITE_DONE) return rollback("insert score");
  }
  if (sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) return rollback("commit");
  return {};
}

tl::expected<core::AssessmentStats, std::string> AssessmentStatsStore::stats(std::string_view questionnaire,
                                                                             std::string_view version) const {
  core::AssessmentStats out;
  Statement sectors(m_db,
                    "SELECT sector, COUNT(*), AVG(overall), MAX(finished_hour) FROM result"
                    " WHERE questionnaire = ?1 AND version = ?2 GROUP BY sector ORDER BY COUNT(*) DESC, sector");
  if (!sectors.ok()) return tl::unexpected(sqliteError(m_db, "prepare sectors"));
  sectors.text(1, questionnaire);
  sectors.text(2, version);
  int rc = 0;
  while ((rc = sectors.step()) == SQLITE_ROW) {
    core::SectorAverage sector;
    sector.sector = columnText(sectors.get(), 0);
    sector.results = sqlite3_column_int(sectors.get(), 1);
    if (sqlite3_column_type(sectors.get(), 2) != SQLITE_NULL) sector.overall = sqlite3_column_double(sectors.get(), 2);
    out.latestHour = std::max<std::int64_t>(out.latestHour, sqlite3_column_int64(sectors.get(), 3));
    out.total += sector.results;
    out.sectors.push_back(std::move(sector));
  }
  if (rc != SQLITE_DONE) return tl::unexpected(sqliteError(m_db, "read sectors"));

  Statement dimensions(m_db,
                       "SELECT r.sector, s.dimension, AVG(s.score) FROM result_score s JOIN result r ON r.id = s.result_id"
                       " WHERE r.questionnaire = ?1 AND r.version = ?2 GROUP BY r.sector, s.dimension");
  if (!dimensions.ok()) return tl::unexpected(sqliteError(m_db, "prepare dimensions"));
  dimensions.text(1, questionnaire);
  dimensions.text(2, version);
  while ((rc = dimensions.step()) == SQLITE_ROW) {
    const std::string sector = columnText(dimensions.get(), 0);
    for (core::SectorAverage& s : out.sectors) {
      if (s.sector == sector)
        s.dimensions.emplace_back(columnText(dimensions.get(), 1), sqlite3_column_double(dimensions.get(), 2));
    }
  }
  if (rc != SQLITE_DONE) return tl::unexpected(sqliteError(m_db, "read dimensions"));
  return out;
}

}  // namespace kiosk::app
