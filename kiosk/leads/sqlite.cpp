#include "kiosk/leads/sqlite.h"

#include <utility>

#include <sqlite3.h>

namespace kiosk::leads::sqlite {

Error errorFrom(int rc, sqlite3* db, std::string_view context) {
  ErrorCode code = ErrorCode::Internal;
  switch (rc & 0xFF) {
    case SQLITE_FULL: code = ErrorCode::Full; break;
    case SQLITE_READONLY: code = ErrorCode::ReadOnly; break;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM: code = ErrorCode::Io; break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: code = ErrorCode::Busy; break;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: code = ErrorCode::Corrupt; break;
    default: break;
  }
  // sqlite3_errmsg names tables and columns, never bound values.
  const char* detail = (db != nullptr && sqlite3_extended_errcode(db) == rc) ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  return Error{code, std::string(context) + ": " + detail, rc};
}

Statement::Statement(Statement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr)), m_db(other.m_db), m_bindError(other.m_bindError) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(m_stmt);
    m_stmt = std::exchange(other.m_stmt, nullptr);
    m_db = other.m_db;
    m_bindError = other.m_bindError;
  }
  return *this;
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement& Statement::bindText(int index, std::string_view value) {
  // A null pointer would bind NULL, not '': a default string_view has one.
  const char* data = value.data() != nullptr ? value.data() : "";
  const int rc = sqlite3_bind_text64(m_stmt, index, data, value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  if (rc != SQLITE_OK && m_bindError == 0) m_bindError = rc;
  return *this;
}

Statement& Statement::bindInt(int index, std::int64_t value) {
  const int rc = sqlite3_bind_int64(m_stmt, index, value);
  if (rc != SQLITE_OK && m_bindError == 0) m_bindError = rc;
  return *this;
}

Statement& Statement::bindNull(int index) {
  const int rc = sqlite3_bind_null(m_stmt, index);
  if (rc != SQLITE_OK && m_bindError == 0) m_bindError = rc;
  return *this;
}

int Statement::parameterCount() const { return sqlite3_bind_parameter_count(m_stmt); }

Result<bool> Statement::step() {
  if (m_bindError != 0) return tl::unexpected(errorFrom(m_bindError, nullptr, "bind"));
  const int rc = sqlite3_step(m_stmt);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return tl::unexpected(errorFrom(rc, m_db, "step"));
}

Result<void> Statement::run() {
  while (true) {
    auto row = step();
    if (!row) return tl::unexpected(row.error());
    if (!*row) return {};
  }
}

void Statement::reset() {
  sqlite3_reset(m_stmt);
  sqlite3_clear_bindings(m_stmt);
  m_bindError = 0;
}

std::string Statement::columnText(int column) const {
  const auto* text = sqlite3_column_text(m_stmt, column);
  const int bytes = sqlite3_column_bytes(m_stmt, column);
  return text ? std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(bytes)) : std::string();
}

std::int64_t Statement::columnInt(int column) const { return sqlite3_column_int64(m_stmt, column); }

bool Statement::columnIsNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

Result<Database> Database::open(const std::filesystem::path& path, Mode mode) {
  int flags = 0;
  switch (mode) {
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
  }
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    Error error = errorFrom(rc, db, "open database");
    sqlite3_close_v2(db);
    return tl::unexpected(std::move(error));
  }
  sqlite3_extended_result_codes(db, 1);
  return Database(db);
}

Database::Database(Database&& other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

Database& Database::operator=(Database&& other) noexcept {
  if (this != &other) {
    close();
    m_db = std::exchange(other.m_db, nullptr);
  }
  return *this;
}

Database::~Database() { close(); }

void Database::close() {
  // _v2: a statement still alive somewhere defers the close instead of leaking the handle.
  if (m_db) sqlite3_close_v2(std::exchange(m_db, nullptr));
}

Result<void> Database::exec(std::string_view sql) {
  const std::string text(sql);
  const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) return tl::unexpected(errorFrom(rc, m_db, "exec"));
  return {};
}

Result<Statement> Database::prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  const int rc = sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(stmt);
    return tl::unexpected(errorFrom(rc, m_db, "prepare"));
  }
  return Statement(stmt, m_db);
}

Result<std::string> Database::queryText(std::string_view sql) {
  auto stmt = prepare(sql);
  if (!stmt) return tl::unexpected(stmt.error());
  auto row = stmt->step();
  if (!row) return tl::unexpected(row.error());
  return *row ? stmt->columnText(0) : std::string();
}

Result<std::int64_t> Database::queryInt(std::string_view sql) {
  auto stmt = prepare(sql);
  if (!stmt) return tl::unexpected(stmt.error());
  auto row = stmt->step();
  if (!row) return tl::unexpected(row.error());
  return *row ? stmt->columnInt(0) : 0;
}

bool Database::inTransaction() const { return m_db != nullptr && sqlite3_get_autocommit(m_db) == 0; }

std::int64_t Database::changes() const { return sqlite3_changes64(m_db); }

Result<Transaction> Transaction::begin(Database& db) {
  if (auto ok = db.exec("BEGIN IMMEDIATE"); !ok) return tl::unexpected(ok.error());
  return Transaction(db);
}

Transaction::~Transaction() {
  // Some errors (FULL, IOERR) already rolled back; others (BUSY on COMMIT) leave it open.
  if (m_db && m_db->inTransaction()) (void)m_db->exec("ROLLBACK");
}

Result<void> Transaction::commit() {
  auto ok = m_db->exec("COMMIT");
  if (ok) m_db = nullptr;
  return ok;
}

}  // namespace kiosk::leads::sqlite
