// Staff PIN hashing with libsodium's Argon2id: the config stores only the hash string
// (salt and cost parameters are inside it), never the PIN.
#pragma once

#include <string>
#include <string_view>

#include <tl/expected.hpp>

namespace kiosk::core {

// PINs are 4 to 12 digits.
[[nodiscard]] bool isWellFormedPin(std::string_view pin);
[[nodiscard]] tl::expected<std::string, std::string> hashPin(std::string_view pin);
[[nodiscard]] bool verifyPin(std::string_view hash, std::string_view pin);

}  // namespace kiosk::core
