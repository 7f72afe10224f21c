// A thin RAII layer over the SQLite C API: one connection, prepared statements with
// bound parameters (no SQL is ever built from values), and BEGIN IMMEDIATE transactions.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include "kiosk/leads/error.h"

struct sqlite3;
struct sqlite3_stmt;

namespace kiosk::leads::sqlite {

// Maps an SQLite result code to our error; `context` says what was being done.
[[nodiscard]] Error errorFrom(int rc, sqlite3* db, std::string_view context);

class Statement {
 public:
  Statement() = default;
  Statement(sqlite3_stmt* stmt, sqlite3* db) : m_stmt(stmt), m_db(db) {}
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  // Parameters are 1-based. A failed bind is reported by the next step().
  Statement& bindText(int index, std::string_view value);
  Statement& bindInt(int index, std::int64_t value);
  Statement& bindNull(int index);
  [[nodiscard]] int parameterCount() const;  // the highest ?N in the SQL

  // true: a row is ready; false: done.
  [[nodiscard]] Result<bool> step();
  // Steps to the end, for statements without rows.
  [[nodiscard]] Result<void> run();
  void reset();  // for reuse: clears the bindings too

  [[nodiscard]] std::string columnText(int column) const;
  [[nodiscard]] std::int64_t columnInt(int column) const;
  [[nodiscard]] bool columnIsNull(int column) const;

 private:
  sqlite3_stmt* m_stmt = nullptr;
  sqlite3* m_db = nullptr;
  int m_bindError = 0;
};

class Database {
 public:
  enum class Mode { ReadOnly, ReadWrite, ReadWriteCreate };

  static Result<Database> open(const std::filesystem::path& path, Mode mode);
  Database() = default;
  Database(Database&& other) noexcept;
  Database& operator=(Database&& other) noexcept;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;
  ~Database();

  // Fixed SQL only (DDL, pragmas, several statements at once): no parameters.
  [[nodiscard]] Result<void> exec(std::string_view sql);
  [[nodiscard]] Result<Statement> prepare(std::string_view sql);
  // First column of the first row of fixed SQL, e.g. "PRAGMA user_version".
  [[nodiscard]] Result<std::string> queryText(std::string_view sql);
  [[nodiscard]] Result<std::int64_t> queryInt(std::string_view sql);

  [[nodiscard]] bool isOpen() const { return m_db != nullptr; }
  [[nodiscard]] bool inTransaction() const;
  [[nodiscard]] std::int64_t changes() const;
  [[nodiscard]] sqlite3* handle() const { return m_db; }
  void close();

 private:
  explicit Database(sqlite3* db) : m_db(db) {}
  sqlite3* m_db = nullptr;
};

// BEGIN IMMEDIATE takes the write lock up front, so the busy handler can wait for it
// instead of failing with SQLITE_BUSY on a read-to-write upgrade. Rolled back unless committed.
class Transaction {
 public:
  static Result<Transaction> begin(Database& db);
  Transaction(Transaction&& other) noexcept : m_db(other.m_db) { other.m_db = nullptr; }
  Transaction& operator=(Transaction&&) = delete;
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();

  [[nodiscard]] Result<void> commit();

 private:
  explicit Transaction(Database& db) : m_db(&db) {}
  Database* m_db;
};

}  // namespace kiosk::leads::sqlite
