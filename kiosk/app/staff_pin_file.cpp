#include "kiosk/app/staff_pin_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>

#include <spdlog/spdlog.h>

#include "kiosk/core/pin_hash.h"
#include "kiosk/leads/files.h"

namespace kiosk::app {

std::filesystem::path staffPinFile(const std::filesystem::path& dataDir) { return dataDir / "staff-pin.hash"; }

std::optional<std::string> readStaffPinHash(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) return std::nullopt;
  std::string hash;
  std::getline(in, hash);
  if (hash.rfind("$argon2id$", 0) != 0) {
    spdlog::error("staff: {} does not hold an Argon2id hash, using staff.pin_hash", file.string());
    return std::nullopt;
  }
  return hash;
}

tl::expected<std::string, std::string> storeStaffPin(const std::filesystem::path& file, const std::string& pin) {
  if (!core::isWellFormedPin(pin)) return tl::unexpected(std::string("a PIN is 4 to 12 digits"));
  auto hash = core::hashPin(pin);
  if (!hash) return tl::unexpected(hash.error());
  if (auto dir = leads::ensurePrivateDirectory(file.parent_path()); !dir) return tl::unexpected(dir.error().message);
  const std::filesystem::path temp = file.string() + ".new";
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return tl::unexpected("cannot create " + temp.string() + ": " + std::strerror(errno));
  const std::string line = *hash + "\n";
  const bool written = ::fchmod(fd, 0600) == 0 && ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size()) &&
                       ::fsync(fd) == 0;
  const int error = errno;
  ::close(fd);
  if (!written) {
    ::unlink(temp.c_str());
    return tl::unexpected("cannot write " + temp.string() + ": " + std::strerror(error));
  }
  if (::rename(temp.c_str(), file.c_str()) != 0) {
    const int renameError = errno;
    ::unlink(temp.c_str());
    return tl::unexpected("cannot replace " + file.string() + ": " + std::strerror(renameError));
  }
  (void)leads::syncDirectory(file.parent_path());
  return *hash;
}

}  // namespace kiosk::app
