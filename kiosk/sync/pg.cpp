#include "kiosk/sync/pg.h"

#include <libpq-fe.h>

namespace kiosk::sync {
namespace {

// The server's primary message only: DETAIL lines can quote row values (personal data).
PgError errorOf(PGconn* conn, PGresult* result) {
  PgError error;
  if (result) {
    if (const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE)) error.sqlState = state;
    if (const char* primary = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY)) error.message = primary;
  }
  if (error.message.empty() && conn) error.message = PQerrorMessage(conn);
  while (!error.message.empty() && (error.message.back() == '\n' || error.message.back() == ' ')) error.message.pop_back();
  return error;
}

}  // namespace

PgRows::PgRows(pg_result* result) : m_result(result, PQclear) {}

int PgRows::rows() const { return PQntuples(m_result.get()); }

std::string PgRows::text(int row, int column) const {
  return PQgetisnull(m_result.get(), row, column) ? std::string() : std::string(PQgetvalue(m_result.get(), row, column));
}

long long PgRows::affected() const {
  const char* n = PQcmdTuples(m_result.get());
  return n && *n ? std::atoll(n) : 0;
}

PgConnection::PgConnection(pg_conn* conn) : m_conn(conn, PQfinish) {}

PgResult<PgConnection> PgConnection::connect(const std::string& conninfo) {
  PGconn* conn = PQconnectdb(conninfo.c_str());
  if (!conn) return tl::unexpected(PgError{"", "out of memory"});
  PgConnection connection(conn);
  if (PQstatus(conn) != CONNECTION_OK) return tl::unexpected(errorOf(conn, nullptr));
  // NOTICEs ("table does not exist, skipping") would go to stderr; they are not errors.
  PQsetNoticeProcessor(conn, [](void*, const char*) {}, nullptr);
  // Times are exchanged as UTC ISO-8601 text, whatever the server's zone.
  if (auto utc = connection.exec("SET TIME ZONE 'UTC'"); !utc) return tl::unexpected(utc.error());
  return connection;
}

PgResult<void> PgConnection::exec(std::string_view sql) {
  PGresult* result = PQexec(m_conn.get(), std::string(sql).c_str());
  const auto status = PQresultStatus(result);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    auto error = errorOf(m_conn.get(), result);
    PQclear(result);
    return tl::unexpected(std::move(error));
  }
  PQclear(result);
  return {};
}

PgResult<PgRows> PgConnection::query(std::string_view sql, const std::vector<std::string>& params) {
  std::vector<const char*> values;
  values.reserve(params.size());
  for (const auto& p : params) values.push_back(p.c_str());
  PGresult* result = PQexecParams(m_conn.get(), std::string(sql).c_str(), static_cast<int>(values.size()), nullptr,
                                  values.data(), nullptr, nullptr, 0);
  const auto status = PQresultStatus(result);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    auto error = errorOf(m_conn.get(), result);
    PQclear(result);
    return tl::unexpected(std::move(error));
  }
  return PgRows(result);
}

}  // namespace kiosk::sync
