// The staff PIN changed on the kiosk: /etc/pid-kiosk/kiosk.toml is read-only to the kiosk user,
// so the dashboard's "change PIN" stores the new Argon2id hash in <data>/staff-pin.hash (0600),
// which then takes precedence over staff.pin_hash. Delete the file to return to the configured PIN.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include <tl/expected.hpp>

namespace kiosk::app {

// The outcome of a PIN change, for the UI thread.
struct PinChangeResult {
  bool ok = false;
  std::string hash;   // the new hash when ok
  std::string error;  // for staff; never the PIN
};

[[nodiscard]] std::filesystem::path staffPinFile(const std::filesystem::path& dataDir);
// The stored hash, nullopt when there is none (or it is not an Argon2id string: logged, ignored).
[[nodiscard]] std::optional<std::string> readStaffPinHash(const std::filesystem::path& file);
// Hashes `pin` and replaces the file atomically (temp file 0600, fsync, rename, fsync of the folder).
[[nodiscard]] tl::expected<std::string, std::string> storeStaffPin(const std::filesystem::path& file,
                                                                   const std::string& pin);

}  // namespace kiosk::app
