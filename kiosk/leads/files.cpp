#include "kiosk/leads/files.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kiosk::leads {
namespace {

tl::unexpected<Error> systemError(std::string_view what, const std::filesystem::path& path, int err) {
  const ErrorCode code = err == ENOSPC ? ErrorCode::Full : (err == EROFS || err == EACCES) ? ErrorCode::ReadOnly
                                                                                            : ErrorCode::Io;
  return fail(code, std::string(what) + " " + path.string() + ": " + std::strerror(err));
}

Result<void> syncPath(const std::filesystem::path& path, int flags) {
  const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0) return systemError("open", path, errno);
  const int rc = ::fsync(fd);
  const int err = errno;
  ::close(fd);
  if (rc != 0) return systemError("fsync", path, err);
  return {};
}

}  // namespace

Result<void> createPrivateFile(const std::filesystem::path& path) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) return systemError("create", path, errno);
  ::close(fd);
  const auto parent = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
  return syncDirectory(parent);
}

Result<void> ensurePrivateDirectory(const std::filesystem::path& dir) {
  if (dir.empty()) return {};
  std::error_code ec;
  if (std::filesystem::is_directory(dir, ec)) return {};
  std::filesystem::create_directories(dir, ec);
  if (ec) return systemError("create folder", dir, ec.value());
  std::filesystem::permissions(dir, std::filesystem::perms::owner_all, ec);
  if (ec) return systemError("chmod", dir, ec.value());
  return {};
}

Result<void> makePrivate(const std::filesystem::path& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return errno == ENOENT ? Result<void>{} : systemError("stat", path, errno);
  if ((info.st_mode & 077) == 0) return {};
  if (::chmod(path.c_str(), info.st_mode & 0700) != 0) return systemError("chmod", path, errno);
  return {};
}

Result<void> setMode(const std::filesystem::path& path, unsigned mode) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return errno == ENOENT ? Result<void>{} : systemError("stat", path, errno);
  if ((info.st_mode & 07777) == mode) return {};
  if (::chmod(path.c_str(), mode) != 0) return systemError("chmod", path, errno);
  return {};
}

Result<void> syncFile(const std::filesystem::path& path) { return syncPath(path, O_RDONLY); }

Result<void> syncDirectory(const std::filesystem::path& dir) { return syncPath(dir, O_RDONLY | O_DIRECTORY); }

}  // namespace kiosk::leads
