// A thin RAII layer over libpq: one connection, parameterised statements only (values never
// go into SQL text), errors as values that carry SQLSTATE and the server's primary message.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <tl/expected.hpp>

struct pg_conn;
struct pg_result;

namespace kiosk::sync {

struct PgError {
  std::string sqlState;  // "" when the connection itself failed
  std::string message;   // for staff and logs; never holds a payload
};

template <class T>
using PgResult = tl::expected<T, PgError>;

class PgRows {
 public:
  explicit PgRows(pg_result* result);
  [[nodiscard]] int rows() const;
  [[nodiscard]] std::string text(int row, int column) const;
  [[nodiscard]] long long affected() const;  // rows changed by INSERT/UPDATE/DELETE

 private:
  std::shared_ptr<pg_result> m_result;
};

class PgConnection {
 public:
  // conninfo: "host=... port=... dbname=... user=... sslmode=verify-full ..." or a URI.
  [[nodiscard]] static PgResult<PgConnection> connect(const std::string& conninfo);
  PgConnection(PgConnection&&) noexcept = default;
  PgConnection& operator=(PgConnection&&) noexcept = default;

  // Fixed SQL (DDL, BEGIN/COMMIT); several statements allowed.
  [[nodiscard]] PgResult<void> exec(std::string_view sql);
  // One statement with $1..$n, all parameters sent as text.
  [[nodiscard]] PgResult<PgRows> query(std::string_view sql, const std::vector<std::string>& params);

 private:
  explicit PgConnection(pg_conn* conn);
  std::unique_ptr<pg_conn, void (*)(pg_conn*)> m_conn;
};

}  // namespace kiosk::sync
