// Lead-store errors as values. The message never carries what a visitor typed: it is
// logged and shown to staff, and both places must stay free of personal data.
#pragma once

#include <string>
#include <string_view>

#include <tl/expected.hpp>

namespace kiosk::leads {

enum class ErrorCode {
  Invalid,   // the lead fails validation or lacks a required consent: never stored, never retried
  Full,      // SQLITE_FULL: disk (or page limit) full
  ReadOnly,  // SQLITE_READONLY*: file, folder or mount not writable
  Io,        // SQLITE_IOERR* / SQLITE_CANTOPEN: the disk refused a read or write
  Busy,      // another process held the write lock past busy_timeout
  Corrupt,   // SQLITE_CORRUPT / SQLITE_NOTADB, or integrity_check failed
  Schema,    // a database from a newer kiosk, or not a lead database at all
  NotFound,  // nothing matched (erase of an unknown email, missing file)
  Export,    // writing an export file failed
  Internal,  // any other SQLite result: a bug
};

[[nodiscard]] std::string_view toString(ErrorCode code);

struct Error {
  ErrorCode code = ErrorCode::Internal;
  std::string message;  // for staff and logs, in English
  int sqliteCode = 0;   // extended result code, 0 when not from SQLite
};

template <class T>
using Result = tl::expected<T, Error>;

[[nodiscard]] inline tl::unexpected<Error> fail(ErrorCode code, std::string message, int sqliteCode = 0) {
  return tl::unexpected<Error>(Error{code, std::move(message), sqliteCode});
}

// "full: database or disk is full (sqlite 13)".
[[nodiscard]] std::string describe(const Error& error);

}  // namespace kiosk::leads
