// Error values for device I/O and parsing: returned, never thrown across a thread.
#pragma once

#include <string>
#include <string_view>

#include <tl/expected.hpp>

namespace kiosk::devices {

enum class ErrorCode { Io, Timeout, Protocol, Busy, NotFound, Disconnected, InvalidData, Full, Closed };

[[nodiscard]] std::string_view toString(ErrorCode code);

struct Error {
  ErrorCode code;
  std::string message;
};

template <class T>
using Result = tl::expected<T, Error>;

[[nodiscard]] inline tl::unexpected<Error> fail(ErrorCode code, std::string message) {
  return tl::unexpected<Error>(Error{code, std::move(message)});
}

}  // namespace kiosk::devices
