#include "kiosk/core/pin_hash.h"

#include <algorithm>
#include <cctype>

#include <sodium.h>

namespace kiosk::core {
namespace {

bool ensureSodium() {
  static const bool ready = sodium_init() >= 0;
  return ready;
}

}  // namespace

bool isWellFormedPin(std::string_view pin) {
  return pin.size() >= 4 && pin.size() <= 12 &&
         std::all_of(pin.begin(), pin.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
}

tl::expected<std::string, std::string> hashPin(std::string_view pin) {
  if (!isWellFormedPin(pin)) return tl::unexpected(std::string("a PIN is 4 to 12 digits"));
  if (!ensureSodium()) return tl::unexpected(std::string("libsodium failed to initialise"));
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str(out, pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                        crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
    return tl::unexpected(std::string("out of memory while hashing"));
  }
  return std::string(out);
}

bool verifyPin(std::string_view hash, std::string_view pin) {
  if (!ensureSodium() || hash.empty() || hash.size() >= crypto_pwhash_STRBYTES || !isWellFormedPin(pin)) return false;
  const std::string terminated(hash);  // libsodium wants a NUL-terminated string
  return crypto_pwhash_str_verify(terminated.c_str(), pin.data(), pin.size()) == 0;
}

}  // namespace kiosk::core
